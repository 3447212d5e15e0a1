/** A position in a grid whose row 0 is the column headers and column 0 the row headers. */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where a key moves focus in a grid of `rows` × `cols` positions (headers included), following
 * the ARIA grid pattern: arrows by one, Home/End to the row's ends, with Ctrl to the grid's
 * corners, PageUp/PageDown to the first/last row. Returns null for keys it does not handle.
 */
export function navInGrid(
  from: GridPosition,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
): GridPosition | null {
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(from.row - 1, from.col);
    case 'ArrowDown':
      return clamp(from.row + 1, from.col);
    case 'ArrowLeft':
      return clamp(from.row, from.col - 1);
    case 'ArrowRight':
      return clamp(from.row, from.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(from.row, cols - 1);
    case 'PageUp':
      return clamp(0, from.col);
    case 'PageDown':
      return clamp(rows - 1, from.col);
    default:
      return null;
  }
}

/** What a grid position of the matrix stands for: a cell, a level (header row), a skill (header column), or neither (the corner). */
export interface GridTarget {
  levelId: string | null;
  skillId: string | null;
}

/** The position of a target in a grid of `skillIds` rows and `levelIds` columns (headers at 0), or null if not shown. */
export function positionOf(target: GridTarget, skillIds: string[], levelIds: string[]): GridPosition | null {
  const row = target.skillId === null ? 0 : skillIds.indexOf(target.skillId) + 1;
  const col = target.levelId === null ? 0 : levelIds.indexOf(target.levelId) + 1;
  if ((target.skillId !== null && row === 0) || (target.levelId !== null && col === 0)) return null;
  return { row, col };
}

/** The target at a grid position: the inverse of positionOf. */
export function targetAt(position: GridPosition, skillIds: string[], levelIds: string[]): GridTarget {
  return {
    skillId: position.row === 0 ? null : skillIds[position.row - 1],
    levelId: position.col === 0 ? null : levelIds[position.col - 1],
  };
}
