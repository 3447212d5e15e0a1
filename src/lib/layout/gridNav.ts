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
export function moveInGrid(
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
