/** The API address of a hall's data (kept dependency-free: the boot script uses it). */
export function hallApiPath(hallId: string): string {
  return `/api/halls/${encodeURIComponent(hallId)}`
}
