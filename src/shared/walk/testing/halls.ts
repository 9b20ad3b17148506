import { hallSchema, type HallLayout } from '../../scene/schema'

/**
 * Small hand-made halls for the walking tests (not used by the app).
 * `testHall`: 20 x 16 m; a row of three counters at z = -4 facing +z with 0.6 m gaps (too narrow to pass),
 * a closed 3 x 3 m room at x 6..9, z 2..5, and a thin (5 cm) wall along x = -8 from z = -2 to 4.
 */
export const testHall: HallLayout = hallSchema.parse({
  id: 'test-hall',
  name: { zh: '测试大厅', en: 'Test hall' },
  size: { width: 20, depth: 16, height: 4 },
  spawn: { position: [0, 6], yaw: 0 },
  departments: [
    {
      id: 'tax',
      name: { zh: '税务', en: 'Tax' },
      letter: 'T',
      color: '#2f6fb2',
      description: { zh: '税务服务', en: 'Tax services' },
    },
  ],
  counters: [
    { id: 'c1', number: '1', departmentId: 'tax', position: [-3, -4], yaw: 0 },
    { id: 'c2', number: '2', departmentId: 'tax', position: [0, -4], yaw: 0 },
    { id: 'c3', number: '3', departmentId: 'tax', position: [3, -4], yaw: 0 },
  ],
  walls: [
    { from: [6, 2], to: [9, 2] },
    { from: [9, 2], to: [9, 5] },
    { from: [9, 5], to: [6, 5] },
    { from: [6, 5], to: [6, 2] },
    { from: [-8, -2], to: [-8, 4], thickness: 0.05 },
  ],
})

/** A 10 x 10 m hall cut in two by a 5 cm wall along z = 0, wall to wall: nothing can get across. */
export const splitHall: HallLayout = hallSchema.parse({
  ...testHall,
  id: 'split-hall',
  size: { width: 10, depth: 10, height: 4 },
  spawn: { position: [0, 3], yaw: 0 },
  counters: [{ id: 'c1', number: '1', departmentId: 'tax', position: [0, 3.5], yaw: 180 }],
  walls: [{ from: [-5, 0], to: [5, 0], thickness: 0.05 }],
})
