import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { DEMO_PEOPLE, demoIdNumber, type DemoPerson } from './demo-people'
import { addressColumns } from './registers'
import { seedMoreRegisters } from './seed-more-registers'

function byId(id: string | undefined): DemoPerson | undefined {
  return DEMO_PEOPLE.find((p) => p.id === id)
}

/**
 * Demo mode: fills the citizens and the simulated registers with the fictional people of
 * demo-people.ts, once, when there are no citizens yet. Production does not seed: identities come from
 * the real e-ID (src/server/identity/) and register data from the real registers behind readRecords.
 * @returns whether anything was seeded
 */
export async function seedDemoRecords(db: Kysely<Database>, now: Date = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('citizens').select('id').limit(1).executeTakeFirst()
    // A database seeded before migration 005 still gets the newer registers' entries, once.
    if (existing) return seedMoreRegisters(trx)
    const createdAt = now.toISOString()
    for (const person of DEMO_PEOPLE) {
      const idNumber = demoIdNumber(person)
      await trx
        .insertInto('citizens')
        .values({
          id: person.id,
          display_name_zh: person.name.zh,
          display_name_en: person.name.en,
          id_number: idNumber,
          created_at: createdAt,
        })
        .execute()
      await trx
        .insertInto('population_register')
        .values({
          citizen_id: person.id,
          name: person.name.zh,
          sex: person.sex,
          birth_date: person.birthDate,
          id_number: idNumber,
          ethnicity: person.ethnicity,
          mobile: person.mobile,
          ...addressColumns(person.address),
        })
        .execute()
      await trx
        .insertInto('household_register')
        .values({
          citizen_id: person.id,
          household_number: person.household.number,
          head_name: byId(person.household.headId)?.name.zh ?? person.name.zh,
          relation_to_head: person.household.relation,
          ...addressColumns(byId(person.household.headId)?.address ?? person.address),
        })
        .execute()
      const spouse = byId(person.marriage.spouseId)
      await trx
        .insertInto('civil_affairs_register')
        .values({
          citizen_id: person.id,
          marital_status: person.marriage.status,
          spouse_name: spouse?.name.zh ?? null,
          spouse_id_number: spouse ? demoIdNumber(spouse) : null,
          marriage_date: person.marriage.date ?? null,
        })
        .execute()
      await trx
        .insertInto('social_security_register')
        .values({
          citizen_id: person.id,
          insurance_status: person.socialSecurity.status,
          card_number:
            person.socialSecurity.status === 'none' ? null : `S${idNumber.slice(0, 6)}${person.order}`,
          employer: person.socialSecurity.employer ?? null,
          mobile: person.socialSecurity.status === 'none' ? null : person.mobile,
        })
        .execute()
      if (person.housingFund)
        await trx
          .insertInto('housing_fund_register')
          .values({
            citizen_id: person.id,
            account_number: `GJJ${idNumber.slice(0, 6)}${person.birthDate.slice(2, 4)}${person.order}`,
            balance_fen: person.housingFund.balanceFen,
            employer: person.housingFund.employer,
            monthly_deposit_fen: person.housingFund.monthlyDepositFen,
            account_status: 'active',
          })
          .execute()
    }
    await seedMoreRegisters(trx)
    return true
  })
}
