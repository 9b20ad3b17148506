import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { branchingFlowInput } from './testing/branching-flow'
import { RESERVED_PAGE_IDS } from './step-segments'
import { validateFlow } from './validate-flow'

const FILE = 'scenes/test/services/card.json'

/** A deep copy of the fixture to break in one place; loosely typed on purpose, to write invalid data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>

function variant(edit: (flow: Loose) => void): unknown {
  const copy = structuredClone(branchingFlowInput) as Loose
  edit(copy)
  return copy
}

function messages(data: unknown) {
  return validateFlow(data, FILE).map((i) => `${i.path}: ${i.message}`)
}

describe('validateFlow', () => {
  it('accepts the fixture flow', () => {
    expect(validateFlow(branchingFlowInput, FILE)).toEqual([])
  })

  it('reports schema problems with the file and path, under a prefix', () => {
    const issues = validateFlow(
      variant((f) => {
        f.pages[0].fields[0].type = 'slider'
        delete f.pages[1].title.en
      }),
      FILE,
      'flow',
    )
    expect(issues.every((i) => i.file === FILE)).toBe(true)
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['flow.pages[0].fields[0].type', 'flow.pages[1].title.en']),
    )
  })

  it('rejects a choice field without options and an unknown field type property', () => {
    expect(messages(variant((f) => (f.pages[0].fields[0].options = [])))).not.toEqual([])
    expect(messages(variant((f) => (f.pages[3].fields[0].options = [])))).toEqual([
      'pages[3].fields[0]: Unrecognized key: "options"',
    ])
  })

  it('finds duplicate page, field, document and option ids', () => {
    const result = messages(
      variant((f) => {
        f.pages[2].id = 'who'
        f.pages[3].fields[1].id = 'mobile'
        f.documents[0].id = 'photo'
        f.pages[4].fields[1].options[1].value = 'zh'
      }),
    )
    expect(result).toEqual(
      expect.arrayContaining([
        'pages[2].id: Page id "who" is used more than once',
        'pages[3].fields[1].id: Field id "mobile" is used more than once',
        'documents[0].id: Id "photo" is already used by a field or document',
        'pages[4].fields[1].options[1].value: Option "zh" is listed more than once',
      ]),
    )
  })

  it('lets conditions use only earlier answers', () => {
    const result = messages(
      variant((f) => {
        f.pages[1].when = { field: 'mobile', answered: true }
        f.pages[3].fields[3].when = { field: 'postal-address', answered: true }
        f.pages[0].fields[0].when = { field: 'nobody', answered: true }
      }),
    )
    expect(result).toEqual(
      expect.arrayContaining([
        'pages[1].when.field: "mobile" is asked on page "contact", not before this; a condition may only use earlier answers',
        'pages[3].fields[3].when.field: "postal-address" is asked on page "contact", not before this; a condition may only use earlier answers',
        'pages[0].fields[0].when.field: Unknown field "nobody"',
      ]),
    )
  })

  it('checks the values conditions compare with', () => {
    const result = messages(
      variant((f) => {
        f.pages[1].when = {
          any: [
            { field: 'applicant', equals: 'me' },
            { field: 'applicant', in: ['self', 'kid'] },
          ],
        }
        f.pages[3].fields[3].when = { field: 'wants-post', equals: 'yes' }
        f.documents[1].when = {
          all: [
            { field: 'applicant', includes: 'self' },
            { field: 'income', gt: '2020-01-01' },
          ],
        }
      }),
    )
    expect(result).toEqual([
      'pages[1].when.any[0]: "me" is not an option of "applicant"; options: self, child',
      'pages[1].when.any[1]: "kid" is not an option of "applicant"; options: self, child',
      'pages[3].fields[3].when: "wants-post" is a yes-no question: compare it with true or false',
      'documents[1].when.all[0]: "includes" needs a multiple-choice field; "applicant" is single-choice',
      'documents[1].when.all[1]: Compare "income" (number) only with numbers',
    ])
  })

  it('checks that limits are consistent', () => {
    const result = messages(
      variant((f) => {
        f.pages[4].fields[0].min = 10
        f.pages[4].fields[0].max = 5
        f.pages[4].fields[1].minSelected = 3
        f.pages[4].fields[1].maxSelected = 2
        f.pages[4].fields[2].minLength = 60
        f.pages[1].fields[2].min = '2020-02-30'
        f.pages[1].fields[0].messages = { 'too-lng': { zh: '太长', en: 'Too long' } }
      }),
    )
    expect(result).toEqual(
      expect.arrayContaining([
        'pages[4].fields[0].min: min is more than max',
        'pages[4].fields[1].minSelected: minSelected is more than maxSelected',
        'pages[4].fields[2].minLength: minLength is more than maxLength',
        'pages[1].fields[2].min: "2020-02-30" is not a real date',
        'pages[1].fields[0].messages.too-lng: Unknown message code "too-lng"',
      ]),
    )
  })

  it('checks sections and the summary order', () => {
    const result = messages(
      variant((f) => {
        f.sections = [
          { id: 'about', title: { zh: '关于', en: 'About' } },
          { id: 'documents', title: { zh: '材料', en: 'Documents' } },
        ]
        f.pages.forEach((p: Record<string, unknown>) => (p.section = 'about'))
        f.pages[5].section = 'missing'
        delete f.pages[4].section
        f.summary = ['applicant', 'nothing', 'applicant']
      }),
    )
    expect(result).toEqual([
      'sections[1].id: "documents" is kept for the documents task',
      'pages[4]: Name a section: this flow has a task list',
      'pages[5].section: Unknown section "missing"',
      'summary[1]: Unknown field or document "nothing"',
      'summary[2]: "applicant" is listed more than once',
    ])
  })

  it('refuses a page id that is the address of a fixed step, with the file and path', () => {
    expect(RESERVED_PAGE_IDS).toEqual(
      expect.arrayContaining(['use-records', 'upload-documents', 'check-answers', 'saved', 'confirmation']),
    )
    for (const id of RESERVED_PAGE_IDS) {
      const issues = validateFlow(
        variant((f) => {
          f.pages[1].id = id
        }),
        FILE,
        'flow',
      )
      expect(issues, id).toEqual([
        {
          file: FILE,
          path: 'flow.pages[1].id',
          message: expect.stringContaining(`Page id "${id}" is the address of a fixed step`),
        },
      ])
    }
    // A near miss is an ordinary page id.
    expect(messages(variant((f) => (f.pages[1].id = 'check-answers-again')))).toEqual([])
  })

  it('refuses conditions nested too deep', () => {
    let deep: unknown = { field: 'applicant', equals: 'self' }
    for (let i = 0; i < 20; i++) deep = { not: { not: deep } }
    expect(messages(variant((f) => (f.pages[1].when = deep)))).toEqual([
      expect.stringMatching(/^pages\[1\]\.when(\.not)+: Conditions may nest at most 16 deep$/),
    ])
  })

  it('reports, never throws, whatever JSON it is given', () => {
    expect(validateFlow(null, FILE)).toEqual([{ file: FILE, path: '', message: expect.any(String) }])
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const issues = validateFlow(data, FILE)
        expect(issues.length).toBeGreaterThan(0)
        for (const issue of issues) expect(issue.file).toBe(FILE)
      }),
    )
  })
})
