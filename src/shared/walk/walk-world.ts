import type { HallLayout } from '../scene/schema'
import { hallObstacles, type Obstacle } from './obstacle'
import { buildOccupancyGrid, type GridOptions, type OccupancyGrid, type WalkBounds } from './occupancy-grid'

/** The visitor's body on the floor: a circle of this radius, in metres. */
export const PLAYER_RADIUS = 0.3

/** Everything walking needs about one hall, computed once when the hall loads. */
export type WalkWorld = {
  obstacles: readonly Obstacle[]
  grid: OccupancyGrid
  bounds: WalkBounds
  radius: number
}

export type WalkWorldOptions = GridOptions & {
  /** @default PLAYER_RADIUS */
  radius?: number
}

/** Builds the obstacles and the path-finding grid of a hall. */
export function createWalkWorld(
  layout: HallLayout,
  { radius = PLAYER_RADIUS, ...gridOptions }: WalkWorldOptions = {},
): WalkWorld {
  const obstacles = hallObstacles(layout)
  const bounds: WalkBounds = {
    minX: -layout.size.width / 2,
    maxX: layout.size.width / 2,
    minZ: -layout.size.depth / 2,
    maxZ: layout.size.depth / 2,
  }
  return { obstacles, grid: buildOccupancyGrid(obstacles, bounds, radius, gridOptions), bounds, radius }
}
