import { SIGN_LABELS } from '../../shared/i18n/sign-labels'
import type { LocalizedText } from '../../shared/scene'
import type { QueueBoardRow } from './queue-board-content'
import { CELL_PADDING, type AtlasCell } from './sign-atlas'
import type { SignContent } from './sign-specs'

type Ctx = CanvasRenderingContext2D
type Box = { x: number; y: number; width: number; height: number }

/** Sign colours: light text on dark panels, as hall wayfinding signs use. */
const COLORS = {
  panel: '#1c3550',
  boardPanel: '#0e1620',
  text: '#ffffff',
  secondary: '#c8d6e5',
  heading: '#ffc94a',
  rule: '#33475e',
}

/** More departments than this split the queue board into two columns. */
const BOARD_ROWS_PER_COLUMN = 7

/** Sets the font, shrinking from `size` until `text` fits `maxWidth`; returns the size used. */
function fitFont(
  ctx: Ctx,
  text: string,
  size: number,
  maxWidth: number,
  weight: number,
  family: string,
): number {
  let px = size
  ctx.font = `${weight} ${px}px ${family}`
  const width = ctx.measureText(text).width
  if (width > maxWidth) {
    px = Math.max(8, Math.floor((px * maxWidth) / width))
    ctx.font = `${weight} ${px}px ${family}`
  }
  return px
}

/** Text cut to `maxWidth` with an ellipsis, for lists that can outgrow a board (the 200-counter hall). */
function clip(ctx: Ctx, items: string[], maxWidth: number, separator = '  '): string {
  let out = ''
  for (let i = 0; i < items.length; i++) {
    const next = out ? out + separator + items[i] : items[i]!
    const rest = i < items.length - 1 ? separator + '…' : ''
    if (ctx.measureText(next + rest).width > maxWidth) return out ? out + separator + '…' : '…'
    out = next
  }
  return out
}

function twoLines(ctx: Ctx, text: LocalizedText, box: Box, family: string, align: CanvasTextAlign) {
  const x = align === 'center' ? box.x + box.width / 2 : box.x
  ctx.textAlign = align
  ctx.textBaseline = 'alphabetic'
  ctx.fillStyle = COLORS.text
  fitFont(ctx, text.zh, box.height * 0.42, box.width, 700, family)
  ctx.fillText(text.zh, x, box.y + box.height * 0.5)
  ctx.fillStyle = COLORS.secondary
  fitFont(ctx, text.en, box.height * 0.26, box.width, 500, family)
  ctx.fillText(text.en, x, box.y + box.height * 0.86)
}

function drawCounter(ctx: Ctx, box: Box, content: Extract<SignContent, { type: 'counter' }>, family: string) {
  const badge = box.height * 1.05
  ctx.fillStyle = content.color
  ctx.fillRect(box.x, box.y, badge, box.height)
  ctx.fillStyle = COLORS.text
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  fitFont(ctx, content.number, box.height * 0.62, badge - 12, 700, family)
  ctx.fillText(content.number, box.x + badge / 2, box.y + box.height * 0.54)
  const gap = box.height * 0.14
  twoLines(
    ctx,
    content.name,
    { x: box.x + badge + gap, y: box.y, width: box.width - badge - 2 * gap, height: box.height },
    family,
    'left',
  )
}

function drawBoard(ctx: Ctx, box: Box, content: Extract<SignContent, { type: 'board' }>, family: string) {
  const pad = box.width * 0.035
  const headingHeight = box.height * 0.16
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'left'
  ctx.fillStyle = COLORS.heading
  const heading = `${content.heading.zh}  ${content.heading.en}`
  fitFont(ctx, heading, headingHeight * 0.7, box.width - 2 * pad, 700, family)
  ctx.fillText(heading, box.x + pad, box.y + headingHeight * 0.6)
  ctx.fillStyle = COLORS.rule
  ctx.fillRect(box.x + pad, box.y + headingHeight * 1.1, box.width - 2 * pad, 3)

  const top = box.y + headingHeight * 1.25
  const available = box.y + box.height - pad / 2 - top
  // Two columns once there are many departments, so each row's text stays large enough to read.
  const columns = content.rows.length > BOARD_ROWS_PER_COLUMN ? 2 : 1
  const perColumn = Math.ceil(content.rows.length / columns)
  const rowHeight = Math.min(available / Math.max(1, perColumn), box.height * 0.11)
  const columnGap = pad
  const columnWidth = (box.width - 2 * pad - (columns - 1) * columnGap) / columns
  content.rows.forEach((row, i) => {
    const column = Math.floor(i / perColumn)
    const left = box.x + pad + column * (columnWidth + columnGap)
    const y = top + rowHeight * ((i % perColumn) + 0.5)
    const dot = rowHeight * 0.36
    const nameWidth = columnWidth * 0.68
    ctx.fillStyle = row.color
    ctx.fillRect(left, y - dot / 2, dot, dot)
    ctx.textAlign = 'left'
    ctx.fillStyle = COLORS.text
    fitFont(ctx, row.name.zh, rowHeight * 0.5, nameWidth - dot * 1.6, 700, family)
    ctx.fillText(row.name.zh, left + dot * 1.6, y - rowHeight * 0.17)
    ctx.fillStyle = COLORS.secondary
    fitFont(ctx, row.name.en, rowHeight * 0.3, nameWidth - dot * 1.6, 500, family)
    ctx.fillText(row.name.en, left + dot * 1.6, y + rowHeight * 0.27)
    ctx.textAlign = 'right'
    ctx.fillStyle = COLORS.heading
    const right = left + columnWidth
    const room = columnWidth - nameWidth - dot
    if (row.live) {
      drawLiveCell(ctx, row.live, right, y, rowHeight, room, family)
      return
    }
    ctx.font = `700 ${Math.round(rowHeight * 0.46)}px ${family}`
    ctx.fillText(clip(ctx, row.counterNumbers, room), right, y)
  })
}

/** A board row's live part, right-aligned: "A023 → 05" above "等候 3 waiting". */
function drawLiveCell(
  ctx: Ctx,
  live: NonNullable<QueueBoardRow['live']>,
  right: number,
  y: number,
  rowHeight: number,
  room: number,
  family: string,
) {
  const call = live.latest ? `${live.latest.number} → ${live.latest.counterNumber}` : '—'
  fitFont(ctx, call, rowHeight * 0.46, room, 700, family)
  ctx.fillText(call, right, y - rowHeight * 0.14)
  ctx.fillStyle = COLORS.secondary
  const waiting = `${SIGN_LABELS.waiting.zh} ${live.waiting} ${SIGN_LABELS.waiting.en}`
  fitFont(ctx, waiting, rowHeight * 0.28, room, 500, family)
  ctx.fillText(waiting, right, y + rowHeight * 0.28)
}

/**
 * Draws one sign into its atlas cell: the whole slot (padding too) in the panel colour so mipmaps do
 * not bleed, then the content inside the padding.
 */
export function drawSign(ctx: Ctx, cell: AtlasCell, content: SignContent, family: string): void {
  ctx.fillStyle = content.type === 'board' ? COLORS.boardPanel : COLORS.panel
  ctx.fillRect(cell.x, cell.y, cell.width, cell.height)
  const inner = {
    x: cell.x + CELL_PADDING,
    y: cell.y + CELL_PADDING,
    width: cell.width - 2 * CELL_PADDING,
    height: cell.height - 2 * CELL_PADDING,
  }
  if (content.type === 'counter') drawCounter(ctx, inner, content, family)
  else if (content.type === 'board') drawBoard(ctx, inner, content, family)
  else {
    const margin = inner.height * 0.12
    twoLines(
      ctx,
      content.text,
      { x: inner.x + margin, y: inner.y, width: inner.width - 2 * margin, height: inner.height },
      family,
      'center',
    )
  }
}
