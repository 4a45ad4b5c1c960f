<?php
/**
 * The content of an element in the page's HTML, from the feed as the server read it (feed.php): what
 * visitors without JavaScript, crawlers and link previews see, and what the page shows if the library
 * cannot run. Once the library has defined the element, its own rendering takes the place of these
 * children (they are not shown: the elements give them no slot; the info tabs read the feed, not them).
 *
 * Each event's and workshop's title (a link where the feed gives one), its date and time in the item's
 * time zone and the page's language, and its place; the tabs as disclosure sections. Without any copy
 * of the feed: a link to the events page of the settings, or nothing.
 *
 * @package NSIW_Widgets
 */

namespace NSIW_Widgets;

defined( 'ABSPATH' ) || exit;

const DEFAULT_TIME_ZONE = 'Europe/Oslo';
const DEFAULT_PAGE_SIZE = 50;

/**
 * The children of element `$tag` with `$attributes`.
 *
 * @param string $tag        The element's tag name.
 * @param array  $attributes From element_attributes().
 * @return string Escaped HTML.
 */
function fallback_content( string $tag, array $attributes ): string {
	if ( ! element_definitions()[ $tag ]['feed'] ) {
		return '';
	}
	$feed = isset( $attributes['src'] ) ? get_feed( $attributes['src'] ) : null;
	if ( null === $feed ) {
		return 'nsiw-info-tabs' === $tag ? '' : fallback_link();
	}
	$feed_url = absolute_feed_url( $attributes['src'] );
	$level    = (int) ( $attributes['heading-level'] ?? 3 );
	switch ( $tag ) {
		case 'nsiw-events':
			return fallback_events( $feed, $feed_url, $attributes, $level );
		case 'nsiw-workshop-card':
			$workshops = array_filter(
				feed_workshops( $feed ),
				static function ( $workshop ) use ( $attributes ) {
					return isset( $attributes['workshop-id'] ) && $workshop['id'] === $attributes['workshop-id'];
				}
			);
			return array() === $workshops ? '' : fallback_workshop( reset( $workshops ), $feed_url, $level, 'div' );
		case 'nsiw-workshop-series':
			$items = array_map(
				static function ( $workshop ) use ( $feed_url, $level ) {
					return fallback_workshop( $workshop, $feed_url, $level, 'li' );
				},
				feed_workshops( $feed )
			);
			return array() === $items ? '' : '<ul>' . implode( '', $items ) . '</ul>';
		case 'nsiw-info-tabs':
			return fallback_tabs( $feed, $feed_url );
	}
	return '';
}

/**
 * The link to the settings' events page, for a feed the site has not been able to read.
 *
 * @return string
 */
function fallback_link(): string {
	$url = get_settings_value( 'fallback_url' );
	if ( '' === $url ) {
		return '';
	}
	return '<p><a href="' . esc_url( $url ) . '">' . esc_html__( 'See the events and workshops', 'nsiw-widgets' ) . '</a></p>';
}

/**
 * The events `show`, `types` and `limit` select, in the element's order, as a list.
 *
 * @param array  $feed       The feed.
 * @param string $feed_url   Its absolute URL, for relative links.
 * @param array  $attributes The element's attributes.
 * @param int    $level      Heading level of the titles.
 * @return string
 */
function fallback_events( array $feed, string $feed_url, array $attributes, int $level ): string {
	$show   = $attributes['show'] ?? 'upcoming';
	$types  = isset( $attributes['types'] ) ? explode( ' ', $attributes['types'] ) : null;
	$now    = time();
	$chosen = array();
	foreach ( feed_items( $feed, 'events' ) as $event ) {
		$ended = $event['span'][1] <= $now;
		if ( null !== $types && ! in_array( is_string( $event['type'] ?? null ) ? $event['type'] : '', $types, true ) ) {
			continue;
		}
		if ( 'all' === $show || ( 'past' === $show ) === $ended ) {
			$chosen[] = $event;
		}
	}
	usort(
		$chosen,
		static function ( $a, $b ) use ( $show ) {
			return 'past' === $show ? $b['span'][1] <=> $a['span'][1] : $a['span'][0] <=> $b['span'][0];
		}
	);
	// Without JavaScript there is no "Show more": the first page, as the element shows it.
	$count  = min( isset( $attributes['limit'] ) ? (int) $attributes['limit'] : PHP_INT_MAX, (int) ( $attributes['page-size'] ?? DEFAULT_PAGE_SIZE ) );
	$chosen = array_slice( $chosen, 0, $count );
	if ( array() === $chosen ) {
		return '';
	}
	$lang  = page_language();
	$items = '';
	foreach ( $chosen as $event ) {
		$place  = place_line(
			array(
				$event['location']['name'] ?? null,
				$event['location']['city'] ?? null,
			),
			$lang
		);
		$items .= '<li>'
			. titled( $event['title'], $event['url'] ?? null, $feed_url, $level )
			. '<p>' . time_html( $event ) . '</p>'
			. ( '' === $place ? '' : '<p>' . $place . '</p>' )
			. '</li>';
	}
	return '<ul>' . $items . '</ul>';
}

/**
 * One workshop: title, dates, venue and city, programme and registration links.
 *
 * @param array  $workshop The workshop, from feed_workshops().
 * @param string $feed_url The feed's absolute URL.
 * @param int    $level    Heading level of the title.
 * @param string $wrapper  `div` for a card, `li` in the series.
 * @return string
 */
function fallback_workshop( array $workshop, string $feed_url, int $level, string $wrapper ): string {
	$lang  = page_language();
	$place = place_line( array( $workshop['venue'] ?? null, $workshop['city'] ?? null ), $lang );
	$links = array();
	foreach (
		array(
			'programUrl'      => __( 'Programme', 'nsiw-widgets' ),
			'registrationUrl' => __( 'Registration', 'nsiw-widgets' ),
		) as $member => $label
	) {
		$url = feed_link( $workshop[ $member ] ?? null, $feed_url );
		if ( '' !== $url ) {
			$links[] = '<a href="' . esc_url( $url ) . '">' . esc_html( $label ) . '</a>';
		}
	}
	return '<' . $wrapper . '>'
		. titled( $workshop['title'], null, $feed_url, $level )
		. '<p>' . time_html( $workshop ) . '</p>'
		. ( '' === $place ? '' : '<p>' . $place . '</p>' )
		. ( array() === $links ? '' : '<p>' . implode( ' · ', $links ) . '</p>' )
		. '</' . $wrapper . '>';
}

/**
 * The feed's tabs as disclosure sections, which work without JavaScript.
 *
 * @param array  $feed     The feed.
 * @param string $feed_url The feed's absolute URL.
 * @return string
 */
function fallback_tabs( array $feed, string $feed_url ): string {
	$lang = page_language();
	$html = '';
	foreach ( is_array( $feed['tabs'] ?? null ) ? $feed['tabs'] : array() as $tab ) {
		$title = is_array( $tab ) ? feed_text( $tab['title'] ?? null, $lang ) : '';
		if ( '' === $title ) {
			continue;
		}
		$html .= '<details><summary>' . text_html( $title ) . '</summary>' . rich_text_html( feed_text( $tab['body'] ?? null, $lang ), $feed_url ) . '</details>';
	}
	return $html;
}

/**
 * An item's title as a heading, a link when it has a URL.
 *
 * @param mixed       $title    The feed's Text.
 * @param mixed       $url      The item's URL, if any.
 * @param string      $feed_url The feed's absolute URL.
 * @param int         $level    Heading level (2–6).
 * @return string
 */
function titled( $title, $url, string $feed_url, int $level ): string {
	$text = text_html( feed_text( $title, page_language() ) );
	$link = feed_link( $url, $feed_url );
	$tag  = 'h' . min( 6, max( 2, $level ) );
	return '<' . $tag . '>' . ( '' === $link ? $text : '<a href="' . esc_url( $link ) . '">' . $text . '</a>' ) . '</' . $tag . '>';
}

/**
 * The line of an item's place: the parts present, comma-separated.
 *
 * @param array  $parts Texts of the feed, or null.
 * @param string $lang  The page's language.
 * @return string Escaped HTML.
 */
function place_line( array $parts, string $lang ): string {
	$texts = array_filter(
		array_map(
			static function ( $part ) use ( $lang ) {
				return feed_text( $part, $lang );
			},
			$parts
		),
		'strlen'
	);
	return text_html( implode( ', ', $texts ) );
}

/**
 * The feed's valid items of `$collection` (`events`, `workshops`), each with its `span` (epoch seconds
 * of start and end, the end of a date-only day included) and its time zone: an item whose id, title or
 * dates are not valid is left out, as the element leaves it out.
 *
 * @param array  $feed       The feed.
 * @param string $collection The member holding the items.
 * @return array[]
 */
function feed_items( array $feed, string $collection ): array {
	$items = array();
	$ids   = array();
	foreach ( is_array( $feed[ $collection ] ?? null ) ? $feed[ $collection ] : array() as $item ) {
		if ( ! is_array( $item ) || ! is_string( $item['id'] ?? null ) || isset( $ids[ $item['id'] ] ) ) {
			continue;
		}
		if ( '' === trim( feed_text( $item['title'] ?? null, 'en' ) ) || ! is_string( $item['start'] ?? null ) ) {
			continue;
		}
		$zone  = time_zone( $item['timeZone'] ?? null );
		$start = parse_instant( $item['start'], $zone );
		$end   = isset( $item['end'] ) && is_string( $item['end'] ) ? parse_instant( $item['end'], $zone ) : null;
		if ( null === $start || ( isset( $item['end'] ) && ( null === $end || $end['at'] < $start['at'] ) ) ) {
			continue;
		}
		$last              = $end ?? $start;
		$item['zone']      = $zone;
		$item['start_at']  = $start;
		$item['end_at']    = $end;
		$item['span']      = array(
			$start['at']->getTimestamp(),
			$last['date_only'] ? $last['at']->modify( '+1 day' )->getTimestamp() : $last['at']->getTimestamp(),
		);
		$ids[ $item['id'] ] = true;
		$items[]            = $item;
	}
	return $items;
}

/**
 * The feed's workshops in the series' order: numbered ones by number, then the others by date.
 *
 * @param array $feed The feed.
 * @return array[]
 */
function feed_workshops( array $feed ): array {
	$workshops = feed_items( $feed, 'workshops' );
	usort(
		$workshops,
		static function ( $a, $b ) {
			$a_number = is_int( $a['number'] ?? null ) ? $a['number'] : PHP_INT_MAX;
			$b_number = is_int( $b['number'] ?? null ) ? $b['number'] : PHP_INT_MAX;
			return array( $a_number, $a['span'][0] ) <=> array( $b_number, $b['span'][0] );
		}
	);
	return $workshops;
}

/**
 * The item's IANA time zone, or Europe/Oslo (the feed's default, and the element's for an unknown one).
 *
 * @param mixed $name The item's `timeZone`.
 * @return \DateTimeZone
 */
function time_zone( $name ): \DateTimeZone {
	static $known = null;
	$known      ??= array_flip( \DateTimeZone::listIdentifiers() );
	return new \DateTimeZone( is_string( $name ) && isset( $known[ $name ] ) ? $name : DEFAULT_TIME_ZONE );
}

/**
 * An instant of the feed: a date-time with an offset, or a date alone (that day in `$zone`).
 *
 * @param string        $text The instant.
 * @param \DateTimeZone $zone The item's time zone.
 * @return array{at: \DateTimeImmutable, date_only: bool}|null The moment in `$zone`, or null when not valid.
 */
function parse_instant( string $text, \DateTimeZone $zone ): ?array {
	if ( preg_match( '/^\d{4}-\d{2}-\d{2}$/', $text ) ) {
		$at = \DateTimeImmutable::createFromFormat( '!Y-m-d', $text, $zone );
		return $at && $at->format( 'Y-m-d' ) === $text ? array(
			'at'        => $at,
			'date_only' => true,
		) : null;
	}
	if ( ! preg_match( '/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/', $text, $parts ) ) {
		return null;
	}
	try {
		$at = new \DateTimeImmutable( $text );
	} catch ( \Exception $error ) {
		return null;
	}
	// PHP rolls 2023-02-30 over into March; the feed says such a date is not valid.
	if ( $at->format( 'Y-m-d\TH:i' ) !== $parts[1] . 'T' . $parts[2] ) {
		return null;
	}
	return array(
		'at'        => $at->setTimezone( $zone ),
		'date_only' => false,
	);
}

/**
 * An item's dates as `<time>`: the date in the page's language, and the times, in the item's zone.
 *
 * @param array $item An item of feed_items().
 * @return string
 */
function time_html( array $item ): string {
	$start = $item['start_at'];
	$end   = $item['end_at'];
	$text  = format_date( $start['at'] );
	if ( ! $start['date_only'] ) {
		$text .= ', ' . format_time( $start['at'] );
	}
	if ( null !== $end ) {
		$same_day = $end['at']->format( 'Y-m-d' ) === $start['at']->format( 'Y-m-d' );
		if ( $same_day && ! $end['date_only'] ) {
			$text .= '–' . format_time( $end['at'] );
		} elseif ( ! $same_day ) {
			$text .= ' – ' . format_date( $end['at'] ) . ( $end['date_only'] ? '' : ', ' . format_time( $end['at'] ) );
		}
	}
	return '<time datetime="' . esc_attr( $item['start'] ) . '">' . esc_html( $text ) . '</time>';
}

/**
 * A date in the page's language ("torsdag 12. oktober 2023", "Thursday 12 October 2023"), in the zone
 * of `$at`.
 *
 * @param \DateTimeImmutable $at The moment.
 * @return string
 */
function format_date( \DateTimeImmutable $at ): string {
	static $formatters = array();
	if ( class_exists( '\IntlDateFormatter' ) ) {
		$key                  = intl_locale() . ' ' . $at->getTimezone()->getName();
		$formatters[ $key ] ??= new \IntlDateFormatter( intl_locale(), \IntlDateFormatter::FULL, \IntlDateFormatter::NONE, $at->getTimezone() );
		$text                 = $formatters[ $key ]->format( $at );
		if ( false !== $text ) {
			return $text;
		}
	}
	// Without PHP's intl: WordPress's own month and day names, in the site's language.
	return wp_date( 'l j F Y', $at->getTimestamp(), $at->getTimezone() );
}

/**
 * A time of day on the 24-hour clock, as the four languages write it.
 *
 * @param \DateTimeImmutable $at The moment.
 * @return string
 */
function format_time( \DateTimeImmutable $at ): string {
	return $at->format( 'H:i' );
}

/**
 * The page's language among the feed's: nb (also for no and nn), en, sv or da.
 *
 * @return string
 */
function page_language(): string {
	$language = strtolower( substr( determine_locale(), 0, 2 ) );
	if ( in_array( $language, array( 'nb', 'no', 'nn' ), true ) ) {
		return 'nb';
	}
	return in_array( $language, array( 'sv', 'da' ), true ) ? $language : 'en';
}

/**
 * The ICU locale of the page's language, for IntlDateFormatter.
 *
 * @return string
 */
function intl_locale(): string {
	$locales = array(
		'nb' => 'nb_NO',
		'en' => 'en_GB',
		'sv' => 'sv_SE',
		'da' => 'da_DK',
	);
	return $locales[ page_language() ];
}

/**
 * A Text of the feed in `$lang`: that language, then en, then nb (or no, nn), then the first present.
 *
 * @param mixed  $value A string, or an object of language to string.
 * @param string $lang  The language wanted.
 * @return string
 */
function feed_text( $value, string $lang ): string {
	if ( is_string( $value ) ) {
		return $value;
	}
	if ( ! is_array( $value ) ) {
		return '';
	}
	foreach ( array( $lang, 'en', 'nb', 'no', 'nn' ) as $code ) {
		if ( isset( $value[ $code ] ) && is_string( $value[ $code ] ) ) {
			return $value[ $code ];
		}
	}
	foreach ( $value as $text ) {
		if ( is_string( $text ) ) {
			return $text;
		}
	}
	return '';
}

/**
 * A URL of the feed made absolute against the feed's own, when it is http(s) or mailto; else empty.
 *
 * @param mixed  $url      The URL as the feed gives it.
 * @param string $feed_url The feed's absolute URL.
 * @return string
 */
function feed_link( $url, string $feed_url ): string {
	if ( ! is_string( $url ) || '' === trim( $url ) ) {
		return '';
	}
	if ( preg_match( '/^mailto:/i', $url ) ) {
		return $url;
	}
	$absolute = \WP_Http::make_absolute_url( $url, $feed_url );
	return preg_match( '#^https?://#i', $absolute ) ? $absolute : '';
}

/**
 * Feed text as HTML text. Square brackets are written as character references too: a block's output
 * goes through the shortcode filter, which must not run a shortcode that a feed's text spells.
 *
 * @param string $text The text.
 * @return string
 */
function text_html( string $text ): string {
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), esc_html( $text ) );
}

/**
 * A rich text of the feed (a tab's body): paragraphs, `- ` lists, `[label](url)` links, `**strong**` and
 * `*emphasis*`; everything else as text.
 *
 * @param string $text     The rich text.
 * @param string $feed_url The feed's absolute URL, for relative links.
 * @return string
 */
function rich_text_html( string $text, string $feed_url ): string {
	$html = '';
	foreach ( preg_split( '/\n[ \t]*\n/', trim( str_replace( "\r\n", "\n", $text ) ) ) as $block ) {
		$lines = explode( "\n", $block );
		$list  = array_filter(
			$lines,
			static function ( $line ) {
				return 0 === strpos( $line, '- ' );
			}
		);
		if ( count( $list ) === count( $lines ) ) {
			$items = array_map(
				static function ( $line ) use ( $feed_url ) {
					return '<li>' . inline_html( substr( $line, 2 ), $feed_url ) . '</li>';
				},
				$lines
			);
			$html .= '<ul>' . implode( '', $items ) . '</ul>';
		} elseif ( '' !== trim( $block ) ) {
			$html .= '<p>' . inline_html( $block, $feed_url ) . '</p>';
		}
	}
	return $html;
}

/**
 * One paragraph's inline rich text.
 *
 * @param string $text     The paragraph.
 * @param string $feed_url The feed's absolute URL.
 * @return string
 */
function inline_html( string $text, string $feed_url ): string {
	$parts = preg_split( '/(\[[^\]]+\]\([^)\s]+\))/', $text, -1, PREG_SPLIT_DELIM_CAPTURE );
	$html  = '';
	foreach ( $parts as $part ) {
		if ( preg_match( '/^\[([^\]]+)\]\(([^)\s]+)\)$/', $part, $link ) ) {
			$url   = feed_link( $link[2], $feed_url );
			$label = emphasis_html( $link[1] );
			$html .= '' === $url ? $label : '<a href="' . esc_url( $url ) . '">' . $label . '</a>';
		} else {
			$html .= emphasis_html( $part );
		}
	}
	return $html;
}

/**
 * Text with `**strong**` and `*emphasis*`.
 *
 * @param string $text The text.
 * @return string
 */
function emphasis_html( string $text ): string {
	$html = text_html( $text );
	$html = preg_replace( '/\*\*(\S(?:.*?\S)?)\*\*/', '<strong>$1</strong>', $html );
	return preg_replace( '/\*(\S(?:.*?\S)?)\*/', '<em>$1</em>', $html );
}
