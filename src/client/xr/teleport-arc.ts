import { QuadraticBezierCurve3, Vector3 } from 'three'

/** How far the arc reaches ahead and how far it drops at its end, metres (in the aim's frame). */
const ARC_REACH = 20
const ARC_DROP = 8
const ARC_SEGMENTS = 20

/**
 * The teleport arc's points in the aim's frame (-z ahead, y up, no roll): a gentle curve that starts
 * along the aim, so a visitor pointing at a nearby floor spot lands close to it, and still comes down to
 * the floor far away when pointing level: held at 1.3 m and pointed at the floor 2.6 m ahead it lands
 * at 2.3 m, pointed level at 8 m. (The library's arc, tilted 10 degrees down, lands at 1.3 m there.)
 */
export function teleportArcPoints(): Vector3[] {
  const curve = new QuadraticBezierCurve3(
    new Vector3(0, 0, 0),
    new Vector3(0, 0, -ARC_REACH / 2),
    new Vector3(0, -ARC_DROP, -ARC_REACH),
  )
  return curve.getPoints(ARC_SEGMENTS)
}
