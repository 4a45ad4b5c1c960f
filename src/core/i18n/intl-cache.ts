/**
 * The page's `Intl` objects, one per locale and options, built on first use: building one costs far more
 * than using it, and a list formats many dates and names per render (as `intl-cache.ts` does in
 * GitHub's relative-time-element). A constructor that throws (an unknown time zone) caches nothing.
 */
function memoized<Options, T>(build: (locale: string, options: Options) => T): (locale: string, options: Options) => T {
  const cache = new Map<string, T>();
  return (locale, options) => {
    const key = `${locale} ${JSON.stringify(options)}`;
    let value = cache.get(key);
    if (!value) cache.set(key, (value = build(locale, options)));
    return value;
  };
}

export const dateTimeFormat = memoized((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));

export const displayNames = memoized((locale, options: Intl.DisplayNamesOptions) => new Intl.DisplayNames(locale, options));
