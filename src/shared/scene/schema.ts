import { z } from 'zod'
import { flowSchema } from '../flow/flow-schema'
import { localizedTextSchema } from './localized'
import { FURNITURE_FOOTPRINTS, type FurnitureKind } from './footprints'

/** Ids are lowercase kebab-case so they are safe in URLs, file names and CSS. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use lowercase letters, digits and single hyphens, like "social-security"',
  )
  .max(64)

/** A point on the floor: `[x, z]` in metres; y is up and the floor is y = 0. */
export const floorPointSchema = z.tuple([z.number().finite(), z.number().finite()])
export type FloorPoint = z.infer<typeof floorPointSchema>

/** Yaw in degrees, counter-clockwise seen from above (three.js rotation.y); a counter at yaw 0 has its front, where visitors stand, toward +z. The spawn yaw is a view yaw: a camera with rotation.y = yaw. */
export const yawSchema = z.number().finite().min(-360).max(360)

const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like "#2f6fb2"')

export const departmentSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    /** One letter used for ticket numbers (A023) and signage. */
    letter: z.string().regex(/^[A-Z]$/, 'Use one capital letter'),
    color: colorSchema,
    description: localizedTextSchema,
  })
  .strict()
export type Department = z.infer<typeof departmentSchema>

export const counterSchema = z
  .object({
    id: idSchema,
    /** The number shown on the sign and called on the boards, like "07". */
    number: z.string().regex(/^[0-9]{1,3}$/, 'Use a number of one to three digits, like "07"'),
    departmentId: idSchema,
    position: floorPointSchema,
    yaw: yawSchema,
    /** A one-stop window serves every department; its sign says so. */
    oneStop: z.boolean().default(false),
  })
  .strict()
export type Counter = z.infer<typeof counterSchema>

const furnitureKinds = Object.keys(FURNITURE_FOOTPRINTS).filter((k) => k !== 'counter') as Exclude<
  FurnitureKind,
  'counter'
>[]

export const furnitureSchema = z
  .object({
    id: idSchema,
    kind: z.enum(
      furnitureKinds as [Exclude<FurnitureKind, 'counter'>, ...Exclude<FurnitureKind, 'counter'>[]],
    ),
    position: floorPointSchema,
    yaw: yawSchema.default(0),
    /** Optional sign text shown on or above it (info desk, kiosks, boards). */
    label: localizedTextSchema.optional(),
  })
  .strict()
export type Furniture = z.infer<typeof furnitureSchema>

/** A free-standing sign hung in the hall (area names, directions). */
export const signSchema = z
  .object({
    id: idSchema,
    text: localizedTextSchema,
    position: floorPointSchema,
    height: z.number().min(0.5).max(20),
    yaw: yawSchema.default(0),
  })
  .strict()
export type Sign = z.infer<typeof signSchema>

/** An interior wall segment; the outer walls come from the hall's size. */
export const wallSchema = z
  .object({
    from: floorPointSchema,
    to: floorPointSchema,
    thickness: z.number().min(0.05).max(2).default(0.2),
  })
  .strict()
export type Wall = z.infer<typeof wallSchema>

export const hallSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    /** The floor spans x in [-width/2, width/2] and z in [-depth/2, depth/2]. */
    size: z
      .object({
        width: z.number().min(5).max(500),
        depth: z.number().min(5).max(500),
        height: z.number().min(2.5).max(30),
      })
      .strict(),
    spawn: z.object({ position: floorPointSchema, yaw: yawSchema }).strict(),
    departments: z.array(departmentSchema).min(1),
    counters: z.array(counterSchema).min(1),
    furniture: z.array(furnitureSchema).default([]),
    signs: z.array(signSchema).default([]),
    walls: z.array(wallSchema).default([]),
  })
  .strict()
export type HallLayout = z.infer<typeof hallSchema>

export const serviceChannelSchema = z.enum(['online', 'video', 'counter'])
export type ServiceChannel = z.infer<typeof serviceChannelSchema>

export const serviceSchema = z
  .object({
    id: idSchema,
    departmentId: idSchema,
    name: localizedTextSchema,
    summary: localizedTextSchema,
    documents: z.array(localizedTextSchema),
    /** Statutory time limit in working days; 0 means done on the spot. */
    processingDays: z.number().int().min(0).max(365),
    fee: localizedTextSchema,
    channels: z.array(serviceChannelSchema).min(1),
    /** The guided application form; a service without one is served at the counter or by video only. */
    flow: flowSchema.optional(),
  })
  .strict()
export type Service = z.infer<typeof serviceSchema>

/** A hall as the API serves it: the layout plus every service of its departments. */
export type Hall = HallLayout & { services: Service[] }
