import type { Hall } from '../../shared/scene/schema'
import { pageHref } from '../app/route'

/** What the 2D page shows opened: a department, and optionally one of its services. */
export type TwoDSelection = { departmentId: string | null; serviceId: string | null }

const DEPT_HASH = /^#dept-(.+)$/

/** Reads the selection from `?dept=<id>&service=<id>` or a `#dept-<id>` fragment. */
export function parseTwoDLocation(search: string, hash: string): TwoDSelection {
  const params = new URLSearchParams(search)
  const fromHash = DEPT_HASH.exec(hash)?.[1]
  return {
    departmentId: params.get('dept') || (fromHash ? decodeURIComponent(fromHash) : null),
    serviceId: params.get('service') || null,
  }
}

/**
 * Checks a selection against the hall: an unknown department or service is dropped, and a service
 * alone opens its own department.
 */
export function resolveTwoDSelection(hall: Hall, selection: TwoDSelection): TwoDSelection {
  const service = hall.services.find((s) => s.id === selection.serviceId)
  const departmentId = hall.departments.some((d) => d.id === selection.departmentId)
    ? selection.departmentId
    : (service?.departmentId ?? null)
  return {
    departmentId,
    serviceId: service && service.departmentId === departmentId ? service.id : null,
  }
}

/** The address of the 2D page with a department (and service) opened, keeping the hall. */
export function twoDHref(hallId: string, departmentId: string, serviceId?: string): string {
  return pageHref(
    '/2d',
    hallId,
    serviceId ? { dept: departmentId, service: serviceId } : { dept: departmentId },
  )
}
