import { it } from 'vitest';
import { array, arange, zeros } from '../src/index.js';
import * as u from '../src/ufunc/index.js';
it('smoke', () => {
  const a = array([1, 2, 3]);
  console.log(u.add(a, 1).toArray(), u.add(a, 1).dtype);
  console.log(u.add(array([100], { dtype: 'int8' }), 100).toArray());
  console.log(u.divide([1, 2], 2).toArray(), u.sqrt(array([4], { dtype: 'int8' })).dtype);
  console.log(u.multiply(arange(6).reshape ? arange(6) : arange(6), 2).toArray());
  console.log(u.add(array([[1], [2], [3]]), array([10, 20, 30, 40])).toArray());
  console.log(u.less(array([1, 2], { dtype: 'uint8' }), -1).toArray(), u.less(array([1, 2], { dtype: 'int8' }), 300).toArray());
  try { u.add(array([1], { dtype: 'int8' }), 300); } catch (e) { console.log(String(e)); }
  try { u.bitwiseAnd([1.5], [2]); } catch (e) { console.log(String(e)); }
  try { u.add([1, 2], [1, 2, 3]); } catch (e) { console.log(String(e)); }
  console.log(u.sqrt([{ re: -4, im: 0 }]).toArray(), u.abs([{ re: 3, im: 4 }]).toArray());
  console.log(u.clip([-2, 0.5, 3], 0, 1).toArray(), u.clip(array([1, 100], { dtype: 'int8' }), 0, 300).toArray());
  console.log(u.round([1.234, 2.5], 1).toArray(), u.round([15, 25, -15], -1).toArray());
  console.log(u.isclose([1, 1.1], [1.000001, 1]).toArray(), u.allclose([1e10, 1e-8], [1.00001e10, 1e-9]));
  const o = zeros(3);
  console.log(u.add([1, 2, 3], 1, { out: o }) === o, o.toArray());
  const x = array([1, 2, 3, 4], { dtype: 'float64' });
  console.log(u.add(x, array([1, 2, 3, 4], { dtype: 'int32' })).toArray(), u.add(x, 1n).toArray());
  console.log(u.angle([{ re: 0, im: 1 }, -1]).toArray(), u.power([2, 3], 3).toArray());
  console.log(u.add(1, 2).toArray(), u.add(1, 2).ndim, u.floorDivide([7, -7], 2).toArray(), u.remainder([7, -7], 3).toArray());
  console.log(u.add([1,2,3], 1, {where: [true, false, true]}).toArray());
});
