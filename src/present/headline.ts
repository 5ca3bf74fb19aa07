/** Scene and sheet titles from plan section titles (pure). */

/** A headline for a projector: the last clause of a two-part title ("…,建设…传承带" → "建设…传承带"). */
export function headline(title: string): string {
  const parts = title.split(/[,，]|\s+/).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1] ?? title;
  return parts.length > 1 && last.length >= 6 ? last : title;
}
