import { describe, expect, it } from 'vitest'
import { makeRow, unavailableRow } from './rows'
import { COLUMNS, formatBudget, formatValue, renderNotes, renderTable, rowCells } from './table'

describe('formatValue', () => {
  it('prints each unit the way the table reads', () => {
    expect(formatValue(123456.4, 'triangles')).toBe('123,456 triangles')
    expect(formatValue(41.96, 'ms')).toBe('42.0 ms')
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms')
    expect(formatValue(1.2345, 'x')).toBe('1.23x')
    expect(formatValue(449.96, 'KiB')).toBe('450.0 KiB')
    expect(formatValue(8553.2, 'rows/s')).toBe('8,553 rows/s')
  })
})

describe('formatBudget', () => {
  it('names the operator and the limit in the figure unit or as a ratio', () => {
    expect(formatBudget({ on: 'value', op: '<=', limit: 300_000 }, 'triangles')).toBe('<= 300,000 triangles')
    expect(formatBudget({ on: 'value', op: '<=', limit: 450 }, 'KiB')).toBe('<= 450 KiB')
    expect(formatBudget({ on: 'ratio', op: '>=', limit: 0.3 }, 'rows/s')).toBe('>= 0.30x')
    expect(formatBudget(null, 'ms')).toBe('-')
  })
})

describe('rowCells', () => {
  it('fills every column of a measured row with a baseline', () => {
    const row = makeRow({
      id: 'ff',
      figure: 'first frame',
      unit: 'ms',
      values: [900, 1000, 1100],
      baseline: [500, 500, 500],
      budget: { on: 'ratio', op: '<=', limit: 2 },
    })
    expect(rowCells(row)).toEqual([
      'first frame',
      '1,000 ms',
      '900 ms',
      '1,100 ms',
      '500 ms',
      '2.00x',
      '<= 2.00x',
      'pass',
    ])
    expect(rowCells(row)).toHaveLength(COLUMNS.length)
  })
  it('shouts a failure and leaves min/max empty for one run', () => {
    const row = makeRow({
      id: 'c',
      figure: 'calls',
      unit: 'calls',
      values: [61],
      budget: { on: 'value', op: '<=', limit: 60 },
    })
    expect(rowCells(row)).toEqual(['calls', '61 calls', '-', '-', '-', '-', '<= 60 calls', 'FAIL'])
  })
  it('says not available instead of a number', () => {
    const row = unavailableRow({ id: 'w', figure: 'waiting', unit: 'clients', reason: 'no queue yet' })
    expect(rowCells(row).slice(1, 2)).toEqual(['not available'])
    expect(rowCells(row).at(-1)).toBe('not available')
  })
})

describe('renderTable', () => {
  const rows = [
    makeRow({ id: 'a', figure: 'short', unit: 'calls', values: [5] }),
    unavailableRow({ id: 'b', figure: 'a | piped figure name', unit: 'ms', reason: 'later' }),
  ]
  const lines = renderTable(rows).split('\n')
  it('has a header, a rule and one line per row, all the same width', () => {
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(
      /^\| figure +\| value +\| min +\| max +\| baseline +\| ratio +\| budget +\| result +\|$/,
    )
    expect(lines[1]).toMatch(/^\|-+(\|-+){7}\|$/)
    expect(new Set(lines.map((l) => l.length)).size).toBe(1)
  })
  it('escapes pipes inside cells so the Markdown table keeps its columns', () => {
    expect(lines[3]).toContain('a \\| piped figure name')
  })
})

describe('renderNotes', () => {
  it('lists the baseline and the note of rows that have them', () => {
    const rows = [
      makeRow({ id: 'a', figure: 'plain', unit: 'calls', values: [5] }),
      unavailableRow({
        id: 'b',
        figure: 'relay',
        unit: 'ms',
        baseline: [1],
        baselineLabel: 'ws echo',
        reason: 'no relay yet',
      }),
    ]
    expect(renderNotes(rows)).toBe('- relay: baseline: ws echo; no relay yet')
  })
})
