/** A plain PBR material: colour as an sRGB hex string (converted to glTF's linear factors when built). */
export interface MaterialSpec {
  color: string
  roughness: number
  metallic: number
}

/** The few materials the procedural models share. Names end up in the glTF files. */
export const MATERIALS = {
  'counter-body': { color: '#e9e5dd', roughness: 0.75, metallic: 0 },
  'counter-top': { color: '#9a7650', roughness: 0.5, metallic: 0 },
  /** White on purpose: the renderer multiplies it with a department colour. */
  tint: { color: '#ffffff', roughness: 0.6, metallic: 0 },
  screen: { color: '#121a22', roughness: 0.25, metallic: 0 },
  trim: { color: '#3b4148', roughness: 0.5, metallic: 0.3 },
  metal: { color: '#a3abb3', roughness: 0.35, metallic: 0.8 },
  fabric: { color: '#2f6fb2', roughness: 0.85, metallic: 0 },
  accent: { color: '#1f5fa8', roughness: 0.5, metallic: 0 },
  'kiosk-body': { color: '#f3f3f1', roughness: 0.45, metallic: 0 },
  'board-face': { color: '#0b1620', roughness: 0.3, metallic: 0 },
  stone: { color: '#efece6', roughness: 0.8, metallic: 0 },
  'stone-trim': { color: '#c8c2b6', roughness: 0.7, metallic: 0 },
  pot: { color: '#5b5f64', roughness: 0.7, metallic: 0 },
  foliage: { color: '#3f8f4a', roughness: 0.9, metallic: 0 },
} as const satisfies Record<string, MaterialSpec>

export type MaterialName = keyof typeof MATERIALS

/** sRGB hex to the linear RGBA factors glTF expects in `baseColorFactor`. */
export function linearColor(hex: string): [number, number, number, number] {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return [channel(1), channel(3), channel(5), 1]
}
