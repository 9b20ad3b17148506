import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { sceneIdSchema } from '../../shared/protocol'
import { parseIsoDate, todayInChina } from '../../shared/validation'
import { citizenError } from '../applications/api-errors'
import { parseInput } from '../applications/body'
import { requestLanguage } from '../applications/request-language'
import type { Database } from '../db/database'
import { sessionCitizenId } from '../identity/session'
import { BOOKING_HORIZON_DAYS, addDays } from '../queue/appointment-slots'
import { bookAppointment, listSlots } from '../queue/appointments'
import { checkContact } from '../queue/contact-fields'
import { resolveQueueTarget } from '../queue/queue-target'
import type { LoadedScenes } from '../scenes/load-scenes'

export type AppointmentsRouteOptions = { db: Kysely<Database>; scenes: LoadedScenes }

const slotsQuery = z
  .object({
    hallId: sceneIdSchema,
    departmentId: sceneIdSchema,
    from: z.string().max(10).optional(),
    lang: z.string().max(5).optional(),
  })
  .strict()

const bookSchema = z
  .object({
    hallId: sceneIdSchema,
    departmentId: sceneIdSchema,
    serviceId: sceneIdSchema.nullish(),
    slotStart: z.string().max(40),
    name: z.string().max(200),
    phone: z.string().max(40),
  })
  .strict()

const FROM_WORDS = {
  zh: `请填写今天起${BOOKING_HORIZON_DAYS}天内的日期，格式为 yyyy-mm-dd`,
  en: `Give a date within ${BOOKING_HORIZON_DAYS} days from today, as yyyy-mm-dd`,
}

/**
 * GET /appointments/slots (the next five working days from `from`, default today: 30-minute slots
 * 09:00-12:00 and 13:30-17:00 China time, each with whether it can be booked) and POST /appointments
 * (201 `{appointment}`; 409 `slot_taken` when someone was quicker).
 */
export const appointmentsRoutes: FastifyPluginAsync<AppointmentsRouteOptions> = async (
  app,
  { db, scenes },
) => {
  app.get('/appointments/slots', async (request) => {
    const lang = requestLanguage(request)
    const query = parseInput(slotsQuery, request.query, lang)
    const { hall, department } = resolveQueueTarget(scenes, query, lang)
    const today = todayInChina()
    const from = query.from ?? today
    if (!parseIsoDate(from) || from > addDays(today, BOOKING_HORIZON_DAYS))
      throw citizenError(lang, 400, 'invalid_fields', {
        fields: [{ fieldId: 'from', message: FROM_WORDS[lang] }],
      })
    // A day already past shows from today: what can still be booked.
    const slots = await listSlots(db, hall.id, department.id, from < today ? today : from)
    return { slots }
  })

  app.post('/appointments', async (request, reply) => {
    const lang = requestLanguage(request)
    const body = parseInput(bookSchema, request.body, lang)
    const { hall, department, service } = resolveQueueTarget(scenes, body, lang)
    const contact = checkContact(body, lang)
    const appointment = await bookAppointment(db, {
      hallId: hall.id,
      departmentId: department.id,
      serviceId: service?.id ?? null,
      slotStart: body.slotStart,
      name: contact.name,
      phone: contact.phone,
      citizenId: sessionCitizenId(request),
      language: lang,
    })
    return reply.code(201).send({ appointment })
  })
}
