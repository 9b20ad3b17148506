import type { Flow } from '../../shared/flow'
import type { Department, Hall, Language, Service } from '../../shared/scene'
import type { LoadedScenes } from '../scenes/load-scenes'
import { citizenError } from './api-errors'

/** A service one can apply for online: it has a flow. */
export type ApplicableService = { hall: Hall; service: Service & { flow: Flow }; department: Department }

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
    const service = hall.services.find((s) => s.id === serviceId)
    const department = hall.departments.find((d) => d.id === service?.departmentId)
    if (service?.flow && department) return { hall, service: { ...service, flow: service.flow }, department }
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
