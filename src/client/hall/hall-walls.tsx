import { useEffect, useMemo } from 'react'
import type { HallLayout } from '../../shared/scene'
import { hallWallGeometry } from './wall-geometry'

/** All walls of the hall in one mesh. */
export function HallWalls({ layout }: { layout: HallLayout }) {
  const geometry = useMemo(() => hallWallGeometry(layout), [layout])
  useEffect(() => () => geometry.dispose(), [geometry])
  return (
    <mesh name="walls" geometry={geometry}>
      <meshLambertMaterial color="#f2efe8" />
    </mesh>
  )
}
