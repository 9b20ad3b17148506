/** Colours and sizes of the VR panels in one place; elder mode scales the whole panel. */
export const XR_THEME = {
  panel: '#ffffff',
  panelBorder: '#c9d3de',
  text: '#1d2733',
  muted: '#4d5b6a',
  accent: '#1f5fa8',
  accentText: '#ffffff',
  row: '#eef3f8',
  rowHover: '#d8e6f5',
  /** Metres per uikit pixel; panels are about 0.9 m wide. */
  pixelSize: 0.0015,
  /** Elder mode: larger text and targets (the panel grows with it). */
  elderScale: 1.35,
  fontSize: 22,
  titleSize: 30,
  /** Minimum height of anything that can be selected, uikit pixels (about 8 cm). */
  target: 56,
  /** Problems: the error summary's border and the message beside a field (GOV.UK's red, 5.9:1 on white). */
  error: '#b3261e',
  errorBackground: '#fdf0ef',
  /** A chosen option or ticked box in a form. */
  selected: '#1f5fa8',
  /** Hints and notes under a question. */
  hintSize: 19,
  /** The form panel is wider than the station panel: questions and answers on one line. */
  formWidth: 720,
} as const

/**
 * The uikit font families: the MSDF atlases built by scripts/build-msdf-font.mjs. `sans` holds the hall's
 * own text; `typed` (GB 2312 levels 1 and 2, regular only, several MB) is for what citizens type and is
 * used only by the VR form's text boxes: uikit fetches a family's atlas when something first draws with
 * it, so the hall and the headset's other panels never load it.
 */
export const XR_FONT_FAMILIES = {
  sans: {
    normal: '/fonts/msdf/onehall-sans-regular.json',
    bold: '/fonts/msdf/onehall-sans-bold.json',
  },
  typed: {
    normal: '/fonts/msdf/onehall-typed-regular.json',
  },
}

/** The frame every in-VR panel shares: white card, border, padding, column layout and the MSDF fonts. */
export const XR_PANEL_FRAME = {
  padding: 24,
  flexDirection: 'column',
  backgroundColor: XR_THEME.panel,
  borderColor: XR_THEME.panelBorder,
  borderWidth: 2,
  borderRadius: 16,
  fontFamilies: XR_FONT_FAMILIES,
  fontFamily: 'sans',
  fontSize: XR_THEME.fontSize,
  color: XR_THEME.text,
} as const
