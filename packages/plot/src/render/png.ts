/** SVG → PNG: @resvg/resvg-js with the bundled DejaVu fonts in Node (no system fonts), a canvas in a page. */

let fontFiles: string[] | undefined;

async function bundledFonts(): Promise<string[]> {
  if (fontFiles) return fontFiles;
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
  fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map(
    (f) => dir + f,
  );
  return fontFiles;
}

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** Renders an SVG string to PNG bytes at `zoom` × its pixel size. */
export async function renderPNG(svg: string, zoom: number, width: number, height: number): Promise<Uint8Array> {
  if (isNode) {
    const { Resvg } = await import('@resvg/resvg-js');
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: zoom },
      font: { fontFiles: await bundledFonts(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
      shapeRendering: 2,
      textRendering: 1,
      imageRendering: 0,
    });
    return new Uint8Array(resvg.render().asPng());
  }
  // In a page: draw the SVG into a canvas (the page's fonts apply).
  const blob = new Blob([svg], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('toPNG: the browser could not load the SVG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * zoom);
    canvas.height = Math.round(height * zoom);
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const out = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toPNG: canvas encoding failed'))), 'image/png'),
    );
    return new Uint8Array(await out.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
