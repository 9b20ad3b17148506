import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { ShaderMaterial, type Mesh } from 'three'
import { comfortFader, setFadeCoverMounted } from './xr-fade-state'

// Runs before the rig (priority 0) places the origin, so a jump shows in the same frame as full dark.
const FADE_PRIORITY = -90
// Drawn after everything else, panels and pointer cursors included.
const LAST = 1_000_000
// The quad's geometry sits at the hall's origin in world space: pointers must never hit it.
const noRaycast = () => {}

/**
 * The reduced-motion cover: a dark quad over the whole view of each eye (written straight in clip
 * space, so it follows the head and needs no camera parent), drawn last with no depth test, faded by
 * the comfort fader. Invisible, and so free, when no fade runs. Renders only inside the XR layer.
 */
export function XrComfortFade() {
  const mesh = useRef<Mesh>(null)
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: { opacity: { value: 0 } },
        vertexShader: 'void main() { gl_Position = vec4(position.xy, 0.0, 1.0); }',
        fragmentShader: 'uniform float opacity; void main() { gl_FragColor = vec4(0.0, 0.0, 0.0, opacity); }',
        transparent: true,
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
      }),
    [],
  )

  useEffect(() => {
    setFadeCoverMounted(true)
    return () => {
      setFadeCoverMounted(false)
      material.dispose()
    }
  }, [material])

  useFrame(() => {
    const opacity = comfortFader.step(performance.now())
    material.uniforms.opacity!.value = opacity
    if (mesh.current) mesh.current.visible = opacity > 0
  }, FADE_PRIORITY)

  return (
    <mesh
      ref={mesh}
      name="xr-comfort-fade"
      visible={false}
      frustumCulled={false}
      renderOrder={LAST}
      material={material}
      raycast={noRaycast}
    >
      <planeGeometry args={[2, 2]} />
    </mesh>
  )
}
