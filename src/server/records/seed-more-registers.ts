import type { Kysely, Transaction } from 'kysely'
import type { AddressAnswer } from '../../shared/flow'
import type { Database } from '../db/database'
import { DEMO_PEOPLE, type DemoPerson } from './demo-people'
import { addressColumns } from './registers'
import type { EducationRegisterTable, RealEstateRegisterTable } from './tables'

/** The city the demo hall serves: a household registered here is "in this city" (户籍在本市). */
export const DEMO_CITY = '北京市'

type MoreRecords = {
  bankCardNumber?: string
  retirementDate?: string
  education?: Omit<EducationRegisterTable, 'citizen_id'>
  property?: { certificateNumber: string; registeredOn: string; floorAreaDm2: number; address: AddressAnswer }
}

/**
 * The demo people's entries in the registers migration 005 added. Card and certificate numbers are
 * made up in the real formats (a 19-digit debit card, 京(2011)朝阳区不动产权第…号) and belong to nobody.
 */
export const MORE_RECORDS: Record<string, MoreRecords> = {
  'demo-01': {
    bankCardNumber: '6217000010001234567',
    property: {
      certificateNumber: '京(2011)朝阳区不动产权第0012345号',
      registeredOn: '2011-06-18',
      floorAreaDm2: 8_936,
      address: {
        province: '北京市',
        city: '北京市',
        district: '朝阳区',
        street: '样例街道',
        detail: '样例路88号3单元502室',
      },
    },
  },
  // Retired at 55 in 2003: the housing fund's retirement withdrawal pre-fills this date.
  'demo-03': { retirementDate: '2003-03-01' },
  'demo-04': {
    bankCardNumber: '6222020000012345678',
    property: {
      certificateNumber: '沪(2021)徐汇区不动产权第0054321号',
      registeredOn: '2021-09-03',
      floorAreaDm2: 7_412,
      address: {
        province: '上海市',
        city: '上海市',
        district: '徐汇区',
        street: '演示街道',
        detail: '演示路200弄12号1001室',
      },
    },
  },
  'demo-05': { bankCardNumber: '6228480000098765432' },
  'demo-06': { bankCardNumber: '6214830000024680135' },
  // A doctoral student with no job: the residence permit's "study" branch pre-fills the school.
  'demo-07': {
    education: {
      school_name: '北京示例大学',
      student_number: '2023310107',
      level: 'postgraduate',
      enrolled_on: '2023-09-01',
      expected_graduation: '2027-07-01',
    },
  },
}

function headOf(person: DemoPerson): DemoPerson {
  return DEMO_PEOPLE.find((p) => p.id === person.household.headId) ?? person
}

function propertyRow(citizenId: string, p: NonNullable<MoreRecords['property']>): RealEstateRegisterTable {
  return {
    citizen_id: citizenId,
    certificate_number: p.certificateNumber,
    registered_on: p.registeredOn,
    floor_area_dm2: p.floorAreaDm2,
    ...addressColumns(p.address),
  }
}

/**
 * Fills the migration-005 register fields for the demo people already in the database: on a new
 * database right after the first seed, and once on a database seeded before 005. Writes only (register
 * data is read through readRecords alone): a person counts as done once their household row has
 * `registered_in_city`, so running it again changes nothing.
 * @returns whether anything was written
 */
export async function seedMoreRegisters(trx: Transaction<Database> | Kysely<Database>): Promise<boolean> {
  let changed = false
  for (const person of DEMO_PEOPLE) {
    const marked = await trx
      .updateTable('household_register')
      .set({ registered_in_city: headOf(person).address.city === DEMO_CITY ? 1 : 0 })
      .where('citizen_id', '=', person.id)
      .where('registered_in_city', 'is', null)
      .executeTakeFirst()
    // Not a seeded demo person, or already done.
    if (Number(marked.numUpdatedRows) === 0) continue
    changed = true
    const more = MORE_RECORDS[person.id] ?? {}
    if (more.bankCardNumber)
      await trx
        .updateTable('housing_fund_register')
        .set({ bank_card_number: more.bankCardNumber })
        .where('citizen_id', '=', person.id)
        .execute()
    if (more.retirementDate)
      await trx
        .updateTable('social_security_register')
        .set({ retirement_date: more.retirementDate })
        .where('citizen_id', '=', person.id)
        .execute()
    if (more.education)
      await trx
        .insertInto('education_register')
        .values({ citizen_id: person.id, ...more.education })
        .execute()
    if (more.property)
      await trx.insertInto('real_estate_register').values(propertyRow(person.id, more.property)).execute()
  }
  return changed
}
