/**
 * Reviewed, document-specific knowledge the rules cannot find by themselves: structure repairs for
 * the 昭通 newspaper layout, the known source flaws, section defaults for themes and years.
 *
 * Every entry is anchored on verbatim text; ingest throws when an anchor no longer matches its seed.
 * Each entry was checked by reading the seed (see geodata/PLAN-FORMAT.md, "Curated knowledge").
 */
import type { FlawKind, Theme } from '../types.ts';
import type { StructureRules } from './segment.ts';
import type { MoveRule } from './structure.ts';

/** Reviewed rules for one document. */
export interface DocumentRules {
  structure: StructureRules;
  moves: MoveRule[];
  /** Flaws a reader found that the segmenter cannot detect (typos, wrong words, misplaced names). */
  flaws: CuratedFlaw[];
  /** Themes every task of a section carries (section id → themes). Inherited by descendants. */
  sectionThemes: Record<string, Theme[]>;
  /** Themes of single tasks that keywords miss (not inherited): summaries and short paragraphs. */
  taskThemes: Record<string, Theme[]>;
  /** Target year for figures of a section that states none (section id → year and why). */
  sectionYears: Record<string, { year: number; evidence: string }>;
  /** Period for figures without any year, when the document defines one. */
  defaultPeriod?: { period: 'five-year'; evidence: string };
  /** Sections whose paragraphs are framework (principles, safeguards) rather than tasks. */
  frameworkTitles: RegExp;
}

/** A flaw found by reading. `anchor` locates it; `target` (inside the anchor) narrows the span. */
export interface CuratedFlaw {
  kind: Exclude<FlawKind, 'broken-paragraph'>;
  anchor: string;
  target?: string;
  reading?: string;
  note: string;
}

/**
 * Framework sections (principles, safeguards): a title that ends with one of these words ("一、总体要求",
 * "三、工作原则", "五、保障措施"). A chapter that only contains such a word ("加大保障和改善民生力度") is work.
 */
const FRAMEWORK = /(?:要求|指导思想|原则|保障措施|保障|措施|意义|背景|组织实施|组织领导)$/;

const ZT: DocumentRules = {
  structure: {
    lostText: [
      {
        anchor: '白鹤滩、溪洛渡、',
        note:
          'Page layout: the sentence breaks off at "白鹤滩、溪洛渡、" and the text resumes mid-paragraph with ' +
          '"上,村级公共文化设施…", which belongs to strategy 1 (乡村振兴). The rest of the 服务业 item and the ' +
          'lead of the resumed 乡村振兴 item are lost; nothing is joined.',
      },
    ],
    splitLeads: [
      {
        anchor: '全力改善空气质量。',
        note: 'The lead "全力改善空气质量。" runs on inside the paragraph before it; treated as a new item.',
      },
    ],
    leads: [
      {
        anchor: '全面守护昭通净土',
        note: 'The lead "全面守护昭通净土" ends with a comma instead of "。"; treated as an item lead.',
      },
    ],
    breakNotes: [
      {
        anchor: '继续推进\n\n态保护修复',
        note: 'Text is missing at the break: "继续推进" resumes with "态保护修复" (at least the 生 of 生态 is lost).',
      },
    ],
  },
  moves: [
    {
      anchor: '上,村级公共文化设施',
      parentHeading: '着力“五大振兴”目标',
      note:
        'Displaced by the page layout: this paragraph and the two after it (推进涉农要素大释放, ' +
        '推进宜居环境大提升) are the rest of strategy 1 (乡村振兴, "推进…大…" items), printed inside strategy 2.',
    },
  ],
  flaws: [
    {
      kind: 'typo',
      anchor: '推进舞良、永善、绥江县城特色化发展',
      target: '舞良',
      reading: '彝良',
      note: '"舞良" is a typo for 彝良 (彝良县 530628), listed with the county seats 永善 and 绥江.',
    },
    {
      kind: 'misplaced-name',
      anchor: '加强洞庭湖水系和鄱阳湖水系保护',
      note:
        '洞庭湖 and 鄱阳湖 are lakes of Hunan and Jiangxi, far outside 昭通 (a copy slip in the source). ' +
        'Nothing in this span is placed on the map.',
    },
    {
      kind: 'wrong-word',
      anchor: '坚决遏制高耗能、高排放、高水平项目盲目发展',
      target: '高水平',
      reading: '低水平',
      note: 'The fixed phrase is "高耗能、高排放、低水平项目": 高水平 (high level) is read as 低水平 (low level).',
    },
  ],
  sectionThemes: {
    'zt-s1': ['rural'],
    'zt-s2': ['industry'],
    'zt-s3-1': ['transport'],
    'zt-s3-2': ['energy'],
    'zt-s3-3': ['water'],
    'zt-s4': ['urban'],
    'zt-s5': ['ecology'],
    'zt-s6': ['social'],
  },
  taskThemes: {
    'zt-s3': ['transport', 'energy', 'water'],
    'zt-b8-4': ['industry'],
    // Builds the G247 and G352 fast roads of the 昭鲁 integration.
    'zt-s4-1': ['transport'],
  },
  sectionYears: {
    'zt-b8': {
      year: 2022,
      evidence: 'box "2022年目标 … 抓好“八个坚持”" (the 2022 work priorities)',
    },
  },
  defaultPeriod: {
    period: 'five-year',
    evidence: '未来5年 (the 2022–2026 term; no end year stated)',
  },
  frameworkTitles: FRAMEWORK,
};

const LZ: DocumentRules = {
  structure: { lostText: [], splitLeads: [], leads: [], breakNotes: [] },
  moves: [],
  flaws: [],
  sectionThemes: {
    'lz-4-1': ['culture-tourism'],
    'lz-4-2': ['industry'],
    'lz-4-3': ['culture-tourism'],
    'lz-4-4': ['energy', 'industry'],
    'lz-4-5': ['rural'],
    'lz-4-6-1': ['transport'],
    'lz-4-6-2': ['energy'],
    'lz-4-6-3': ['water'],
    'lz-4-6-4': ['digital'],
    'lz-4-6-5': ['safety'],
  },
  taskThemes: {
    'lz-2-p1': ['transport', 'culture-tourism', 'industry', 'ecology'],
    'lz-2-p2': ['culture-tourism', 'industry', 'energy', 'rural'],
    'lz-4-6': ['transport', 'energy', 'water', 'digital'],
  },
  sectionYears: {},
  frameworkTitles: FRAMEWORK,
};

/** Rules for a document without reviewed knowledge: the generic markers only. */
export const GENERIC_RULES: DocumentRules = {
  structure: { lostText: [], splitLeads: [], leads: [], breakNotes: [] },
  moves: [],
  flaws: [],
  sectionThemes: {},
  taskThemes: {},
  sectionYears: {},
  frameworkTitles: FRAMEWORK,
};

/** Reviewed rules by document id; a new document works with {@link GENERIC_RULES}. */
export const DOCUMENT_RULES: Readonly<Record<string, DocumentRules>> = { zt: ZT, lz: LZ };

/** The rules for a document id. */
export function rulesFor(documentId: string): DocumentRules {
  return DOCUMENT_RULES[documentId] ?? GENERIC_RULES;
}
