import type { Flow } from '../../shared/flow'
import type { Department, Hall, Language, Service } from '../../shared/scene'
import type { LoadedScenes } from '../scenes/load-scenes'
import { citizenError } from './api-errors'

/** A service one can apply for online: it has a flow. */
export type ApplicableService = { hall: Hall; service: Service & { flow: Flow }; department: Department }

// Each hall's services with flows, found once: every draft save and submit looks its service up.
const byHall = new WeakMap<Hall, Map<string, ApplicableService | null>>()

function inHall(hall: Hall, serviceId: string): ApplicableService | null {
  let services = byHall.get(hall)
  if (!services) byHall.set(hall, (services = new Map()))
  let found = services.get(serviceId)
  if (found === undefined) {
    const service = hall.services.find((s) => s.id === serviceId)
    const department = hall.departments.find((d) => d.id === service?.departmentId)
    found =
      service?.flow && department ? { hall, service: { ...service, flow: service.flow }, department } : null
    // Only real ids are remembered, so unknown ids sent by anyone cannot grow the map.
    if (found) services.set(serviceId, found)
  }
  return found
}

/**
 * Finds a service with a form flow in a hall (or, without a hall id, in the first hall that has it);
 * 400 `unknown_service` with a field error otherwise.
 */
export function findApplicableService(
  scenes: LoadedScenes,
  serviceId: string,
  hallId: string | undefined,
  language: Language,
): ApplicableService {
  const halls =
    hallId === undefined ? [...scenes.halls.values()] : [scenes.halls.get(hallId)].filter((h) => h)
  for (const hall of halls as Hall[]) {
    const found = inHall(hall, serviceId)
    if (found) return found
  }
  const unknownHall = hallId !== undefined && halls.length === 0
  throw citizenError(language, unknownHall ? 400 : 404, 'unknown_service', {
    fields: [
      {
        fieldId: unknownHall ? 'hallId' : 'serviceId',
        message: language === 'en' ? 'Choose a service from the hall' : '请从大厅中选择服务事项',
      },
    ],
  })
}
