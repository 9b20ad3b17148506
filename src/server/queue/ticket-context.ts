import type { Kysely } from 'kysely'
import type { Language } from '../../shared/scene'
import { citizenError } from '../applications/api-errors'
import { parseResumeCode } from '../applications/resume-code'
import type { Database } from '../db/database'

/** The citizen's form a ticket points the clerk to: a draft by resume code, or a submitted application. */
export type TicketContext = { resumeCode: string | null; applicationReference: string | null }

const NOT_FOUND = {
  zh: { resumeCode: '没有这个续填码', applicationReference: '找不到您的这份申请' },
  en: {
    resumeCode: 'No draft has this code',
    applicationReference: 'No application of yours has this reference',
  },
} as const

/**
 * Checks the form a citizen attaches to a ticket, so the clerk sees the right one. A resume code must
 * name a draft (the code is the draft's secret). An application reference must be the signed-in
 * citizen's own, or come with the resume code it was submitted from: otherwise anyone could point a
 * clerk at a stranger's application. Unknown or foreign ones are 400 with the field, worded the same
 * so the answer does not reveal whether a reference exists. A draft already submitted brings its
 * application's reference along.
 */
export async function checkTicketContext(
  db: Kysely<Database>,
  input: { resumeCode?: string | null; applicationReference?: string | null; citizenId: string | null },
  language: Language,
): Promise<TicketContext> {
  const fail = (fieldId: 'resumeCode' | 'applicationReference'): never => {
    throw citizenError(language, 400, 'invalid_fields', {
      fields: [{ fieldId, message: NOT_FOUND[language][fieldId] }],
    })
  }
  let resumeCode: string | null = null
  if (input.resumeCode != null) {
    resumeCode = parseResumeCode(input.resumeCode) ?? fail('resumeCode')
    const draft = await db
      .selectFrom('drafts')
      .select('resume_code')
      .where('resume_code', '=', resumeCode)
      .executeTakeFirst()
    if (!draft) fail('resumeCode')
  }
  let applicationReference: string | null = null
  if (input.applicationReference != null) {
    const application = await db
      .selectFrom('applications')
      .select(['reference', 'resume_code', 'citizen_id'])
      .where('reference', '=', input.applicationReference)
      .executeTakeFirst()
    const owned =
      application !== undefined &&
      ((input.citizenId !== null && application.citizen_id === input.citizenId) ||
        (resumeCode !== null && application.resume_code === resumeCode))
    if (!owned) fail('applicationReference')
    applicationReference = input.applicationReference
  } else if (resumeCode !== null) {
    const submitted = await db
      .selectFrom('applications')
      .select('reference')
      .where('resume_code', '=', resumeCode)
      .executeTakeFirst()
    applicationReference = submitted?.reference ?? null
  }
  return { resumeCode, applicationReference }
}
