/** `rgb()`, `rgba()` or `color(srgb …)` as computed styles write them: [r, g, b] in 0–1 and alpha; else undefined. */
function channels(value: string): number[] | undefined {
  const numbers = /^(rgba?|color\(srgb)/.test(value) ? value.match(/[\d.]+/g)!.map(Number) : [];
  if (numbers.length < 3) return undefined;
  const scale = value[0] == 'r' ? 255 : 1;
  return [numbers[0] / scale, numbers[1] / scale, numbers[2] / scale, numbers[3] ?? 1];
}

const luminance = (rgb: number[]) =>
  [0.2126, 0.7152, 0.0722].reduce(
    (sum, weight, i) => sum + weight * (rgb[i] <= 0.04045 ? rgb[i] / 12.92 : ((rgb[i] + 0.055) / 1.055) ** 2.4),
    0,
  );

/**
 * Warns once in the console when the text of `control` is under 3:1 against the first background
 * behind it (a toggle in a dark navbar whose text stays the page's dark colour): the page's CSS decides
 * the colour, so only the webmaster can fix it. Says nothing where it cannot tell (an image behind).
 */
export function warnWhenUnreadable(host: Element, control: Element | null): void {
  if (!control) return;
  const text = getComputedStyle(control);
  let background: number[] | undefined;
  for (
    let node: Element | null = control;
    node && !background;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)
  ) {
    const style = getComputedStyle(node);
    if (style.backgroundImage != 'none') return;
    const color = channels(style.backgroundColor);
    if (color && color[3] > 0) background = color;
  }
  background ??= [1, 1, 1];
  const color = channels(text.color);
  if (!color) return;
  const mixed = color.slice(0, 3).map((value, i) => value * color[3] + background![i] * (1 - color[3]));
  const [light, dark] = [luminance(mixed), luminance(background)].sort((a, b) => b - a);
  const ratio = (light + 0.05) / (dark + 0.05);
  if (ratio < 3) {
    console.warn(
      `nsiw-widgets: <${host.localName}>: its text is at ${ratio.toFixed(2)}:1 against the background behind it (${text.color}), too faint to read. ` +
        `Give it the colour of the links around it, e.g. ${host.localName} { color: var(--bs-navbar-color) } in a Bootstrap navbar (docs/embedding.md, "Colours of a dark bar").`,
    );
  }
}
