import type { AddressAnswer, Register } from '../../shared/flow'
import type { LocalizedText } from '../../shared/scene'
import type { AddressColumns } from './tables'

/** The registers this demo holds data for; the others in REGISTERS (medical insurance, tax) have no simulated table yet. */
export const HELD_REGISTERS = [
  'population',
  'household',
  'civil-affairs',
  'social-security',
  'housing-fund',
  'education',
  'real-estate',
] as const satisfies readonly Register[]
export type HeldRegister = (typeof HELD_REGISTERS)[number]

/** The table each held register lives in. */
export const REGISTER_TABLES = {
  population: 'population_register',
  household: 'household_register',
  'civil-affairs': 'civil_affairs_register',
  'social-security': 'social_security_register',
  'housing-fund': 'housing_fund_register',
  education: 'education_register',
  'real-estate': 'real_estate_register',
} as const satisfies Record<HeldRegister, string>

/** Who keeps each register, as the consent step and the access log name it. */
export const REGISTER_NAMES: Record<Register, LocalizedText> = {
  population: { zh: '人口信息库（公安）', en: 'Population register (police)' },
  household: { zh: '户籍登记（公安）', en: 'Household register (police)' },
  'civil-affairs': { zh: '婚姻登记（民政）', en: 'Marriage records (civil affairs)' },
  'social-security': { zh: '社会保险（人社）', en: 'Social security (human resources)' },
  'medical-insurance': { zh: '医疗保障（医保）', en: 'Medical insurance' },
  'housing-fund': { zh: '住房公积金', en: 'Housing provident fund' },
  tax: { zh: '税务', en: 'Tax' },
  'real-estate': { zh: '不动产登记', en: 'Real estate register' },
  education: { zh: '教育', en: 'Education' },
}

export function isHeldRegister(register: string): register is HeldRegister {
  return (HELD_REGISTERS as readonly string[]).includes(register)
}

/** A register's values about one person, by the register's own field names (`name`, `spouse.idNumber`...). */
export type RegisterValues = Record<string, unknown>

/** The address columns as the flow engine's address answer, or null when the register has none. */
export function addressOf(row: AddressColumns): AddressAnswer | null {
  if (!row.address_province || !row.address_city || !row.address_district || !row.address_detail) return null
  return {
    province: row.address_province,
    city: row.address_city,
    district: row.address_district,
    ...(row.address_street ? { street: row.address_street } : {}),
    detail: row.address_detail,
  }
}

/** An address answer as the five nullable columns. */
export function addressColumns(address: AddressAnswer): AddressColumns {
  return {
    address_province: address.province,
    address_city: address.city,
    address_district: address.district,
    address_street: address.street ?? null,
    address_detail: address.detail,
  }
}

const yuan = (fen: number) => Number(fen) / 100

/**
 * A register row as the field names flows pre-fill from (see `prefill.field` in flow-schema.ts). New
 * names a flow needs are added here, next to the column they come from.
 */
export const REGISTER_FIELDS: { [R in HeldRegister]: (row: Record<string, unknown>) => RegisterValues } = {
  population: (r) => ({
    name: r.name,
    sex: r.sex,
    birthDate: r.birth_date,
    idNumber: r.id_number,
    ethnicity: r.ethnicity,
    address: addressOf(r as unknown as AddressColumns),
    mobile: r.mobile,
  }),
  household: (r) => ({
    householdNumber: r.household_number,
    headName: r.head_name,
    relation: r.relation_to_head,
    address: addressOf(r as unknown as AddressColumns),
    // 0/1 in the table; unknown (null) stays unknown rather than "no".
    registeredInCity: r.registered_in_city === null ? null : Number(r.registered_in_city) === 1,
  }),
  'civil-affairs': (r) => ({
    maritalStatus: r.marital_status,
    married: r.marital_status === 'married',
    marriedBefore: r.marital_status !== 'single',
    'spouse.name': r.spouse_name,
    'spouse.idNumber': r.spouse_id_number,
    marriageDate: r.marriage_date,
  }),
  'social-security': (r) => ({
    insuranceStatus: r.insurance_status,
    insured: r.insurance_status !== 'none',
    cardNumber: r.card_number,
    employer: r.employer,
    'employer.name': r.employer,
    mobile: r.mobile,
    retirementDate: r.retirement_date,
  }),
  'housing-fund': (r) => ({
    accountNumber: r.account_number,
    balance: yuan(Number(r.balance_fen)),
    employer: r.employer,
    monthlyDeposit: yuan(Number(r.monthly_deposit_fen)),
    accountStatus: r.account_status,
    bankCardNumber: r.bank_card_number,
  }),
  education: (r) => ({
    'school.name': r.school_name,
    studentNumber: r.student_number,
    level: r.level,
    enrolledOn: r.enrolled_on,
    expectedGraduation: r.expected_graduation,
  }),
  'real-estate': (r) => ({
    'property.address': addressOf(r as unknown as AddressColumns),
    'property.certificateNumber': r.certificate_number,
    'property.registeredOn': r.registered_on,
    'property.floorArea': Number(r.floor_area_dm2) / 100,
  }),
}
