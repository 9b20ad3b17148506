/** Flat, cheap lighting for software GL: a sky/ground fill and one sun-like light, no shadows. */
export function HallLights() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b9b2a2', 2.2]} />
      <directionalLight position={[8, 14, 6]} intensity={1.4} />
    </>
  )
}
