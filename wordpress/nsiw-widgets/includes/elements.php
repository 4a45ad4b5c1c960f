<?php
/**
 * The five elements: their attributes (the elements' own, as custom-elements.json lists them), how a
 * shortcode's or a block's values become those attributes, and the markup of an element.
 *
 * @package NSIW_Widgets
 */

namespace NSIW_Widgets;

defined( 'ABSPATH' ) || exit;

/**
 * Every element the plugin places, by tag. For each attribute: its type, the block attribute that holds
 * it (block.json), and what it may be. `feed` marks the elements that read a feed: they get the default
 * feed URL of the settings when no `src` is given.
 *
 * The `now` attribute of the elements is for tests and stories, and is not offered here.
 *
 * @return array<string, array{shortcode: string, block: string, feed: bool, attributes: array<string, array>}>
 */
function element_definitions(): array {
	$src             = array(
		'type'  => 'url',
		'block' => 'src',
	);
	$heading_level   = array(
		'type'  => 'integer',
		'block' => 'headingLevel',
		'min'   => 2,
		'max'   => 6,
	);
	$structured_data = array(
		'type'  => 'boolean',
		'block' => 'structuredData',
	);
	$calendars       = array(
		'type'   => 'tokens',
		'block'  => 'calendars',
		'values' => array( 'ics', 'google', 'outlook', 'office365', 'yahoo' ),
	);
	$color_scheme    = array(
		'type'   => 'enum',
		'block'  => 'colorScheme',
		'values' => array( 'auto' ),
	);

	return array(
		'nsiw-events'          => array(
			'shortcode'  => 'nsiw_events',
			'block'      => 'nsiw-widgets/events',
			'feed'       => true,
			'attributes' => array(
				'src'             => $src,
				'show'            => array(
					'type'   => 'enum',
					'block'  => 'show',
					'values' => array( 'upcoming', 'past', 'all' ),
				),
				'limit'           => array(
					'type'  => 'integer',
					'block' => 'limit',
					'min'   => 0,
					'max'   => 10000,
				),
				'page-size'       => array(
					'type'  => 'integer',
					'block' => 'pageSize',
					'min'   => 1,
					'max'   => 10000,
				),
				'types'           => array(
					'type'  => 'tokens',
					'block' => 'types',
				),
				'heading-level'   => $heading_level,
				'structured-data' => $structured_data,
				'calendars'       => $calendars,
				'color-scheme'    => $color_scheme,
			),
		),
		'nsiw-workshop-card'   => array(
			'shortcode'  => 'nsiw_workshop_card',
			'block'      => 'nsiw-widgets/workshop-card',
			'feed'       => true,
			'attributes' => array(
				'src'             => $src,
				'workshop-id'     => array(
					'type'  => 'text',
					'block' => 'workshopId',
				),
				'heading-level'   => $heading_level,
				'structured-data' => $structured_data,
				'calendars'       => $calendars,
				'color-scheme'    => $color_scheme,
			),
		),
		'nsiw-workshop-series' => array(
			'shortcode'  => 'nsiw_workshop_series',
			'block'      => 'nsiw-widgets/workshop-series',
			'feed'       => true,
			'attributes' => array(
				'src'             => $src,
				'heading-level'   => $heading_level,
				'structured-data' => $structured_data,
				'calendars'       => $calendars,
				'color-scheme'    => $color_scheme,
			),
		),
		'nsiw-info-tabs'       => array(
			'shortcode'  => 'nsiw_info_tabs',
			'block'      => 'nsiw-widgets/info-tabs',
			'feed'       => true,
			'attributes' => array(
				'src'           => $src,
				'label'         => array(
					'type'  => 'text',
					'block' => 'label',
				),
				'selected'      => array(
					'type'  => 'text',
					'block' => 'selected',
				),
				'layout'        => array(
					'type'   => 'enum',
					'block'  => 'layout',
					'values' => array( 'auto', 'tabs', 'accordion' ),
				),
				'heading-level' => $heading_level,
				'color-scheme'  => $color_scheme,
			),
		),
		'nsiw-language-toggle' => array(
			'shortcode'  => 'nsiw_language_toggle',
			'block'      => 'nsiw-widgets/language-toggle',
			'feed'       => false,
			'attributes' => array(
				'locales'      => array(
					'type'   => 'tokens',
					'block'  => 'locales',
					'values' => array( 'nb', 'en', 'sv', 'da' ),
				),
				'navigate'     => array(
					'type'  => 'boolean',
					'block' => 'navigate',
				),
				'color-scheme' => $color_scheme,
			),
		),
	);
}

/**
 * One attribute's value as the element may get it, or null when the value is not one it takes (then
 * the attribute is left out and the element uses its default).
 *
 * @param array $definition The attribute's entry of element_definitions().
 * @param mixed $value      What the shortcode or block gave.
 * @return string|bool|null A string value, true for a boolean attribute that is set, or null.
 */
function sanitize_attribute( array $definition, $value ) {
	if ( 'boolean' === $definition['type'] ) {
		if ( is_bool( $value ) ) {
			return $value ? true : null;
		}
		$text = strtolower( trim( (string) $value ) );
		return in_array( $text, array( 'false', '0', 'no', 'off' ), true ) ? null : true;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$text = trim( (string) $value );
	if ( '' === $text ) {
		return null;
	}
	switch ( $definition['type'] ) {
		case 'url':
			// Absolute, or from the site's root: a bare "feed.json" would be resolved against each page's own address.
			if ( ! preg_match( '#^(https?://|/)#i', $text ) ) {
				return null;
			}
			$url = esc_url_raw( $text, array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		case 'enum':
			return in_array( $text, $definition['values'], true ) ? $text : null;
		case 'integer':
			if ( ! preg_match( '/^\d+$/', $text ) ) {
				return null;
			}
			$number = (int) $text;
			return $number >= $definition['min'] && $number <= $definition['max'] ? (string) $number : null;
		case 'tokens':
			$tokens = preg_split( '/\s+/', $text );
			$tokens = array_filter(
				$tokens,
				static function ( $token ) use ( $definition ) {
					return isset( $definition['values'] )
						? in_array( $token, $definition['values'], true )
						: 1 === preg_match( '/^[\w-]+$/', $token );
				}
			);
			return array() === $tokens ? null : implode( ' ', array_unique( $tokens ) );
		default:
			$clean = sanitize_text_field( $text );
			return '' === $clean ? null : $clean;
	}
}

/**
 * The attributes of element `$tag` from the values a shortcode or block gave, keyed by the element's
 * attribute names; a feed-reading element without `src` gets the settings' default feed URL.
 *
 * @param string $tag    The element's tag name.
 * @param array  $values Values keyed by the element's attribute names.
 * @return array<string, string|bool>
 */
function element_attributes( string $tag, array $values ): array {
	$definition = element_definitions()[ $tag ];
	$attributes = array();
	foreach ( $definition['attributes'] as $name => $attribute ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = sanitize_attribute( $attribute, $values[ $name ] );
		if ( null !== $value ) {
			$attributes[ $name ] = $value;
		}
	}
	if ( $definition['feed'] && ! isset( $attributes['src'] ) ) {
		$default = get_settings_value( 'feed_url' );
		if ( '' !== $default ) {
			$attributes['src'] = $default;
		}
	}
	return $attributes;
}

/**
 * The element's markup: the tag with its attributes (escaped) around `$children`, the content that the
 * page shows while the library cannot run (already escaped HTML).
 *
 * @param string $tag        The element's tag name.
 * @param array  $attributes From element_attributes().
 * @param string $children   Escaped HTML.
 * @return string
 */
function element_markup( string $tag, array $attributes, string $children ): string {
	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . ( 'src' === $name ? esc_url( $value ) : esc_attr( $value ) ) . '"';
	}
	return $html . '>' . $children . '</' . $tag . '>';
}

/**
 * Renders element `$tag` for a shortcode or a block: the element with the content of its feed for
 * visitors without JavaScript; the page gets the library.
 *
 * @param string $tag    The element's tag name.
 * @param array  $values Values keyed by the element's attribute names.
 * @return string
 */
function render_element( string $tag, array $values ): string {
	// Before wp_head (a block theme's template) this puts the script in <head>; after it, at the page's end.
	enqueue_library();
	$attributes = element_attributes( $tag, $values );
	return element_markup( $tag, $attributes, fallback_content( $tag, $attributes ) );
}
