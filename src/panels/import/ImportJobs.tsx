import type { ImportJob } from '../../state/imports';
import { cancelImport, dismissJob, dismissStorageProblems, useImports } from '../../state/imports';
import { useT, useUi } from '../../state/ui';
import { noteMessage, problemMessage, sortedNotes } from './messages';

/** The stage weights of the progress bar: reading is the first half, parsing and checking the rest. */
function overall(job: ImportJob): number {
  const { stage, fraction } = job.progress;
  if (stage === 'read') return fraction * 0.5;
  if (stage === 'parse') return 0.55;
  if (stage === 'validate') return 0.6 + fraction * 0.4;
  return 1;
}

/** One file's import: a progress bar while it runs, then its report (error first, then every note). */
function JobReport({ job }: { job: ImportJob }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const layers = useImports((s) => s.layers);
  const count = job.layerIds.length;
  const status = job.status === 'running'
    ? t('import.status.running', { file: job.fileName })
    : t(`import.status.${job.status}`, { file: job.fileName, layers: count });
  const notes = sortedNotes(job.notes);
  return (
    <li className={`import-job ${job.status}`} data-testid="import-job" data-status={job.status}>
      <div className="import-job-head">
        <span className="import-job-status" data-testid="import-job-status">{status}</span>
        {job.status === 'running' ? (
          <button type="button" className="link" onClick={() => cancelImport(job.id)}>{t('import.cancel')}</button>
        ) : (
          <button type="button" className="close" onClick={() => dismissJob(job.id)} aria-label={t('import.dismissLabel', { file: job.fileName })}>×</button>
        )}
      </div>
      {job.status === 'running' && (
        <div className="import-progress">
          <progress max={1} value={overall(job)} aria-label={status} data-testid="import-progress" />
          <span>{t(`import.stage.${job.progress.stage}`)}</span>
        </div>
      )}
      {job.error && <p className="import-error" role="alert" data-testid="import-error">{noteMessage(lang, job.error)}</p>}
      {job.status === 'done' && count > 0 && (
        <p className="import-made">{layers.filter((l) => job.layerIds.includes(l.id)).map((l) => l.name).join('、')}</p>
      )}
      {notes.length > 0 && (
        <details className="import-notes" open={job.status !== 'done'}>
          <summary>{t('import.notes', { n: notes.length })}</summary>
          <ul data-testid="import-notes">
            {notes.map((note, i) => <li key={i} className={note.level}>{noteMessage(lang, note)}</li>)}
          </ul>
        </details>
      )}
    </li>
  );
}

/** The reports of the imports of this session, newest first, and any local storage problems. */
export function ImportJobs() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const jobs = useImports((s) => s.jobs);
  const problems = useImports((s) => s.storage.problems);
  return (
    <>
      {jobs.length > 0 && (
        <ul className="import-jobs" aria-live="polite">
          {jobs.map((job) => <JobReport key={job.id} job={job} />)}
        </ul>
      )}
      {problems.length > 0 && (
        <div className="import-storage" role="status" data-testid="storage-problems">
          <div className="import-job-head">
            <strong>{t('import.storage.problems')}</strong>
            <button type="button" className="close" onClick={dismissStorageProblems} aria-label={t('import.dismiss')}>×</button>
          </div>
          <ul>{problems.map((p, i) => <li key={i}>{problemMessage(lang, p)}</li>)}</ul>
        </div>
      )}
    </>
  );
}
