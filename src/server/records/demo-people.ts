import type { AddressAnswer } from '../../shared/flow'
import { residentIdCheckCharacter } from '../../shared/validation'

/**
 * The fictional people of the demo registers. Names are ordinary, addresses are on made-up roads
 * (样例路 "Sample Road", 演示街 "Demo Street"...), employers are invented; ID numbers use real region codes
 * and birth dates with a valid GB 11643 check character, so they pass the same checks as real ones.
 */
export type DemoPerson = {
  id: string
  name: { zh: string; en: string }
  sex: 'male' | 'female'
  birthDate: string
  region: string
  /** Three-digit order code: odd for men, even for women. */
  order: string
  ethnicity: string
  mobile: string
  address: AddressAnswer
  household: { number: string; headId: string; relation: string }
  marriage: { status: 'single' | 'married' | 'divorced' | 'widowed'; spouseId?: string; date?: string }
  socialSecurity: { status: 'employee' | 'resident' | 'none'; employer?: string }
  housingFund?: { balanceFen: number; monthlyDepositFen: number; employer: string }
}

/** A resident ID number for a region, birth date and order code, with its check character. */
export function demoIdNumber(person: Pick<DemoPerson, 'region' | 'birthDate' | 'order'>): string {
  const first17 = `${person.region}${person.birthDate.replaceAll('-', '')}${person.order}`
  return `${first17}${residentIdCheckCharacter(first17) ?? ''}`
}

const beijing = (detail: string): AddressAnswer => ({
  province: '北京市',
  city: '北京市',
  district: '朝阳区',
  street: '样例街道',
  detail,
})
const shanghai = (detail: string): AddressAnswer => ({
  province: '上海市',
  city: '上海市',
  district: '徐汇区',
  street: '演示街道',
  detail,
})

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    id: 'demo-01',
    name: { zh: '王建国', en: 'Wang Jianguo' },
    sex: 'male',
    birthDate: '1968-04-12',
    region: '110105',
    order: '031',
    ethnicity: '汉族',
    mobile: '13800138001',
    address: beijing('样例路88号3单元502室'),
    household: { number: 'H110105-004821', headId: 'demo-01', relation: '户主' },
    marriage: { status: 'married', spouseId: 'demo-02', date: '1993-10-01' },
    socialSecurity: { status: 'employee', employer: '北京样例机械有限公司' },
    housingFund: { balanceFen: 18_652_030, monthlyDepositFen: 312_000, employer: '北京样例机械有限公司' },
  },
  {
    id: 'demo-02',
    name: { zh: '李秀英', en: 'Li Xiuying' },
    sex: 'female',
    birthDate: '1970-09-23',
    region: '110105',
    order: '046',
    ethnicity: '汉族',
    mobile: '13900139002',
    address: beijing('样例路88号3单元502室'),
    household: { number: 'H110105-004821', headId: 'demo-01', relation: '配偶' },
    marriage: { status: 'married', spouseId: 'demo-01', date: '1993-10-01' },
    socialSecurity: { status: 'resident' },
  },
  {
    id: 'demo-03',
    name: { zh: '周美玲', en: 'Zhou Meiling' },
    sex: 'female',
    birthDate: '1948-02-14',
    region: '110105',
    order: '082',
    ethnicity: '满族',
    mobile: '13700137003',
    address: beijing('示范胡同6号'),
    household: { number: 'H110105-000517', headId: 'demo-03', relation: '户主' },
    marriage: { status: 'widowed' },
    socialSecurity: { status: 'resident' },
  },
  {
    id: 'demo-04',
    name: { zh: '赵晨阳', en: 'Zhao Chenyang' },
    sex: 'male',
    birthDate: '1992-07-30',
    region: '310104',
    order: '115',
    ethnicity: '汉族',
    mobile: '18600186004',
    address: shanghai('演示路200弄12号1001室'),
    household: { number: 'H310104-012009', headId: 'demo-04', relation: '户主' },
    marriage: { status: 'married', spouseId: 'demo-05', date: '2020-05-20' },
    socialSecurity: { status: 'employee', employer: '上海演示信息科技有限公司' },
    housingFund: { balanceFen: 9_871_250, monthlyDepositFen: 460_000, employer: '上海演示信息科技有限公司' },
  },
  {
    id: 'demo-05',
    name: { zh: '刘思远', en: 'Liu Siyuan' },
    sex: 'female',
    birthDate: '1994-11-08',
    region: '310104',
    order: '228',
    ethnicity: '汉族',
    mobile: '18700187005',
    address: shanghai('演示路200弄12号1001室'),
    household: { number: 'H310104-012009', headId: 'demo-04', relation: '配偶' },
    marriage: { status: 'married', spouseId: 'demo-04', date: '2020-05-20' },
    socialSecurity: { status: 'employee', employer: '上海示例设计事务所' },
    housingFund: { balanceFen: 5_430_800, monthlyDepositFen: 285_000, employer: '上海示例设计事务所' },
  },
  {
    id: 'demo-06',
    name: { zh: '孙浩然', en: 'Sun Haoran' },
    sex: 'male',
    birthDate: '2001-03-15',
    region: '440305',
    order: '357',
    ethnicity: '汉族',
    mobile: '15800158006',
    address: { province: '广东省', city: '深圳市', district: '南山区', detail: '样板大道1号样板公寓7栋1602' },
    household: { number: 'H440305-030551', headId: 'demo-06', relation: '户主' },
    marriage: { status: 'single' },
    socialSecurity: { status: 'employee', employer: '深圳示例电子有限公司' },
    housingFund: { balanceFen: 2_104_600, monthlyDepositFen: 198_000, employer: '深圳示例电子有限公司' },
  },
  {
    id: 'demo-07',
    name: { zh: '古丽娜尔·艾力', en: 'Gulnar Ali' },
    sex: 'female',
    birthDate: '1996-06-06',
    region: '510107',
    order: '064',
    ethnicity: '维吾尔族',
    mobile: '17700177007',
    address: { province: '四川省', city: '成都市', district: '武侯区', detail: '演示巷9号2单元301室' },
    household: { number: 'H510107-008830', headId: 'demo-07', relation: '户主' },
    marriage: { status: 'single' },
    socialSecurity: { status: 'none' },
  },
]
