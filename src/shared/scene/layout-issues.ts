import { hallObstacles, type Obstacle } from '../walk/obstacle'
import { obstaclesOverlap, pointInObstacle } from '../walk/overlap'
import { counterFront } from './counter-front'
import type { SceneIssue } from './scene-error'
import type { FloorPoint, HallLayout } from './schema'

/** Tunables for {@link layoutIssues}. */
export type LayoutCheckOptions = {
  /** Radius of a walking visitor: the spawn and each counter front need this much free space. @default 0.3 */
  walkerRadius?: number
  /** Narrowest aisle, in metres, a visitor must be able to use to reach every counter front. @default 1.5 */
  minAisle?: number
  /** Grid step of the reachability search, in metres. @default 0.25 */
  cell?: number
}

const OUTER_WALLS = new Set(['wall-north', 'wall-south', 'wall-west', 'wall-east'])

/** Where an obstacle comes from in the hall file, for error messages. */
function sourcePath(layout: HallLayout, o: Obstacle): string {
  if (OUTER_WALLS.has(o.id)) return `size (${o.id.replace('wall-', '')} wall)`
  if (o.kind === 'counter') return `counters[${layout.counters.findIndex((c) => c.id === o.id)}]`
  if (o.kind === 'wall') return `walls[${o.id.replace('wall-', '')}]`
  return `furniture[${layout.furniture.findIndex((f) => f.id === o.id)}]`
}

function insideFloor(layout: HallLayout, [x, z]: FloorPoint, inset = 0): boolean {
  return Math.abs(x) <= layout.size.width / 2 - inset && Math.abs(z) <= layout.size.depth / 2 - inset
}

/** Marks grid cells whose centre is closer than `clearance` to an obstacle, touching only each obstacle's box. */
function blockedCells(layout: HallLayout, obstacles: Obstacle[], cell: number, clearance: number) {
  const cols = Math.ceil(layout.size.width / cell)
  const rows = Math.ceil(layout.size.depth / cell)
  const x0 = -layout.size.width / 2
  const z0 = -layout.size.depth / 2
  const blocked = new Uint8Array(cols * rows)
  for (const o of obstacles) {
    const reach = Math.hypot(o.halfWidth, o.halfDepth) + clearance
    const iMin = Math.max(0, Math.floor((o.center[0] - reach - x0) / cell))
    const iMax = Math.min(cols - 1, Math.ceil((o.center[0] + reach - x0) / cell))
    const jMin = Math.max(0, Math.floor((o.center[1] - reach - z0) / cell))
    const jMax = Math.min(rows - 1, Math.ceil((o.center[1] + reach - z0) / cell))
    for (let j = jMin; j <= jMax; j++)
      for (let i = iMin; i <= iMax; i++)
        if (pointInObstacle([x0 + (i + 0.5) * cell, z0 + (j + 0.5) * cell], o, clearance))
          blocked[j * cols + i] = 1
  }
  const indexOf = ([x, z]: FloorPoint) => {
    const i = Math.min(cols - 1, Math.max(0, Math.floor((x - x0) / cell)))
    const j = Math.min(rows - 1, Math.max(0, Math.floor((z - z0) / cell)))
    return j * cols + i
  }
  return { blocked, cols, rows, indexOf }
}

/** Cells reachable from `start` by 4-neighbour steps over unblocked cells. */
function reachableFrom(start: number, grid: ReturnType<typeof blockedCells>): Uint8Array {
  const { blocked, cols, rows } = grid
  const seen = new Uint8Array(blocked.length)
  if (blocked[start]) return seen
  const queue = [start]
  seen[start] = 1
  for (let head = 0; head < queue.length; head++) {
    const k = queue[head] as number
    const i = k % cols
    const neighbours = [i > 0 ? k - 1 : -1, i < cols - 1 ? k + 1 : -1, k - cols, k + cols]
    for (const n of neighbours) {
      if (n < 0 || n >= cols * rows || seen[n] || blocked[n]) continue
      seen[n] = 1
      queue.push(n)
    }
  }
  return seen
}

/**
 * Physical checks that a schema cannot express: no two solid things overlap (outer walls may meet at the
 * corners), the spawn point and every counter front are free, and every counter front can be reached from
 * the spawn point through aisles at least `minAisle` wide. Returns issues naming the file and path, empty
 * when the hall is sound; validation can add them to its own list.
 */
export function layoutIssues(
  file: string,
  layout: HallLayout,
  options: LayoutCheckOptions = {},
): SceneIssue[] {
  const { walkerRadius = 0.3, minAisle = 1.5, cell = 0.25 } = options
  const issues: SceneIssue[] = []
  const add = (path: string, message: string) => issues.push({ file, path, message })
  const obstacles = hallObstacles(layout)

  const reach = obstacles.map((o) => Math.hypot(o.halfWidth, o.halfDepth))
  for (let a = 0; a < obstacles.length; a++)
    for (let b = a + 1; b < obstacles.length; b++) {
      const oa = obstacles[a] as Obstacle
      const ob = obstacles[b] as Obstacle
      if (OUTER_WALLS.has(oa.id) && OUTER_WALLS.has(ob.id)) continue
      const apart = Math.hypot(ob.center[0] - oa.center[0], ob.center[1] - oa.center[1])
      if (apart >= (reach[a] as number) + (reach[b] as number)) continue
      if (obstaclesOverlap(oa, ob))
        add(sourcePath(layout, ob), `"${ob.id}" overlaps "${oa.id}" (${sourcePath(layout, oa)})`)
    }

  const blocking = (p: FloorPoint) => obstacles.find((o) => pointInObstacle(p, o, walkerRadius))
  const spawnBlock = blocking(layout.spawn.position)
  if (spawnBlock) add('spawn.position', `Spawn point is within ${walkerRadius} m of "${spawnBlock.id}"`)

  const grid = blockedCells(layout, obstacles, cell, minAisle / 2)
  const start = grid.indexOf(layout.spawn.position)
  if (!spawnBlock && grid.blocked[start])
    add('spawn.position', `Spawn point needs ${minAisle / 2} m of free floor around it to walk anywhere`)
  const reachable = reachableFrom(start, grid)

  layout.counters.forEach((counter, i) => {
    const front = counterFront(counter).position
    const block = blocking(front)
    if (!insideFloor(layout, front, walkerRadius))
      add(`counters[${i}]`, `The front of counter "${counter.id}" is outside the floor`)
    else if (block) add(`counters[${i}]`, `The front of counter "${counter.id}" is blocked by "${block.id}"`)
    else if (!reachable[grid.indexOf(front)])
      add(
        `counters[${i}]`,
        `The front of counter "${counter.id}" cannot be reached from the spawn point through aisles at least ${minAisle} m wide`,
      )
  })
  return issues
}
