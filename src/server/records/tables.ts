import type { Generated } from 'kysely'

/** A demo e-ID identity: a fictional citizen one can sign in as. */
export interface CitizensTable {
  id: string
  display_name_zh: string
  display_name_en: string
  id_number: string
  created_at: string
}

/** The address parts every register with an address keeps (see AddressAnswer in the flow engine). */
export interface AddressColumns {
  address_province: string | null
  address_city: string | null
  address_district: string | null
  address_street: string | null
  address_detail: string | null
}

/** Population register (公安人口信息): who the person is and where they live. */
export interface PopulationRegisterTable extends AddressColumns {
  citizen_id: string
  name: string
  sex: 'male' | 'female'
  birth_date: string
  id_number: string
  ethnicity: string
  mobile: string | null
}

/** Household register (户籍): the household a person belongs to and its registered address. */
export interface HouseholdRegisterTable extends AddressColumns {
  citizen_id: string
  household_number: string
  head_name: string
  relation_to_head: string
  /** 1 when the household is registered in this city (the demo's city), 0 when elsewhere (migration 005). */
  registered_in_city: number | null
}

/** Civil affairs (民政婚姻登记): marital status and spouse. */
export interface CivilAffairsRegisterTable {
  citizen_id: string
  marital_status: 'single' | 'married' | 'divorced' | 'widowed'
  spouse_name: string | null
  spouse_id_number: string | null
  marriage_date: string | null
}

/** Social security (社会保险): insured status, card, employer. */
export interface SocialSecurityRegisterTable {
  citizen_id: string
  insurance_status: 'employee' | 'resident' | 'none'
  card_number: string | null
  employer: string | null
  mobile: string | null
  /** yyyy-mm-dd, once the person has retired (migration 005). */
  retirement_date: string | null
}

/** Housing provident fund (住房公积金): account and deposits, money in fen. */
export interface HousingFundRegisterTable {
  citizen_id: string
  account_number: string
  balance_fen: number
  employer: string | null
  monthly_deposit_fen: number
  account_status: 'active' | 'sealed' | 'closed'
  /** The bank card withdrawals are paid into (migration 005). */
  bank_card_number: string | null
}

/** Education (学籍): the school or university a person is enrolled at (migration 005). */
export interface EducationRegisterTable {
  citizen_id: string
  school_name: string
  student_number: string
  level: 'primary' | 'secondary' | 'undergraduate' | 'postgraduate'
  enrolled_on: string
  expected_graduation: string | null
}

/** Real estate (不动产登记): the home a person owns, one per person in the demo (migration 005). */
export interface RealEstateRegisterTable extends AddressColumns {
  citizen_id: string
  certificate_number: string
  registered_on: string
  /** Floor area in square decimetres (integer; 1 m² = 100 dm²). */
  floor_area_dm2: number
}

/** One read of one register about one citizen; the citizen sees these on "who looked at my data". */
export interface AccessLogTable {
  id: Generated<number>
  citizen_id: string
  at: string
  actor_kind: 'citizen' | 'prefill' | 'clerk'
  actor_name: string
  register: string
  purpose: string
  service_id: string | null
}
