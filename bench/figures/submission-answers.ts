import type { Answers } from '../../src/shared/flow'
import { residentIdCheckCharacter, shiftDate } from '../../src/shared/validation'
import type { IsoDate } from '../../src/shared/validation'

/** The service the submission figure applies for: a flow whose first-marriage branch needs no files. */
export const SUBMISSION_SERVICE = { serviceId: 'marriage-registration', hallId: 'city-centre' } as const

/** A valid resident ID: region, birth date and a 3-digit sequence, with its GB 11643 check character. */
export function residentId(region: string, birth: IsoDate, sequence: number): string {
  const first17 = region + birth.replaceAll('-', '') + String(sequence % 1000).padStart(3, '0')
  const check = residentIdCheckCharacter(first17)
  if (check === null) throw new Error(`not a resident ID body: ${first17}`)
  return first17 + check
}

/** Two weeks after `today`, moved on to a Monday if it falls on a weekend (the registry's working days). */
export function appointmentDate(today: IsoDate): IsoDate {
  const date = shiftDate(today, { days: 14 })
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday === 6 ? shiftDate(date, { days: 2 }) : weekday === 0 ? shiftDate(date, { days: 1 }) : date
}

/**
 * The answers of the i-th bench submission: two people marrying for the first time (the branch of
 * src/shared/flow/scene-flows.test.ts that needs no attachments), every answer filled in, so the
 * server validates every field of six pages. Names, ID numbers and mobiles differ per submission;
 * the applicant's sequence is odd (a man) and the partner's even (a woman).
 * @param today the date in China the server validates against (`todayInChina()`)
 */
export function marriageAnswers(i: number, today: IsoDate): Answers {
  const n = Math.abs(Math.trunc(i))
  const mobileTail = String(n % 100_000_000).padStart(8, '0')
  return {
    'full-name': `周杰${n}`.slice(0, 50),
    'id-number': residentId('440304', '1994-10-08', ((n * 2) % 1000) + 1),
    mobile: `133${mobileTail}`,
    email: `applicant${n}@example.com`,
    'you-married-before': false,
    'partner-name': `林晓${n}`.slice(0, 50),
    'partner-id-number': residentId('440303', '1996-01-20', (n * 2) % 1000),
    'partner-mobile': `138${mobileTail}`,
    'partner-married-before': false,
    registry: 'city-centre',
    'appointment-date': appointmentDate(today),
    'support-needs': '请提前告知是否需要准备户口簿原件。',
  }
}
