"""The JSON notation of index items shared by the indexing and manipulation fixture generators.

integer -> itself, 'start:stop:step' -> slice, '...' -> Ellipsis, null -> None (np.newaxis),
true/false -> a 0-d bool, {"i": nested list} -> an int32 index array, {"i0": n} -> a 0-d int32
index array, {"b": nested list} -> a bool mask.
"""
import numpy as np


def index_item(item):
    """The NumPy index item an encoded item stands for."""
    if item is None:
        return None
    if isinstance(item, bool):
        return np.bool_(item)
    if isinstance(item, int):
        return item
    if isinstance(item, str):
        if item == '...':
            return Ellipsis
        parts = [int(p) if p.strip() else None for p in item.split(':')]
        while len(parts) < 3:
            parts.append(None)
        return slice(*parts)
    if 'i' in item:
        return np.array(item['i'], dtype=np.int32) if item['i'] != [] else []
    if 'i0' in item:
        return np.array(item['i0'], dtype=np.int32)
    if 'b' in item:
        return np.array(item['b'], dtype=bool)
    raise ValueError(item)
