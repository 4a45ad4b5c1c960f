<?php
/**
 * The shortcodes: `[nsiw_events src="…" show="past" limit="3"]` and the others, with the elements' own
 * attribute names (`heading-level`, `workshop-id` …; `heading_level` is read the same). A boolean
 * attribute is set by its name alone (`[nsiw_events structured-data]`) or with a value other than
 * false, 0, no or off.
 *
 * @package NSIW_Widgets
 */

namespace NSIW_Widgets;

defined( 'ABSPATH' ) || exit;

/** Registers one shortcode per element. */
function register_shortcodes(): void {
	foreach ( element_definitions() as $tag => $definition ) {
		add_shortcode(
			$definition['shortcode'],
			static function ( $attributes ) use ( $tag ) {
				return render_element( $tag, shortcode_values( $tag, is_array( $attributes ) ? $attributes : array() ) );
			}
		);
	}
}

/**
 * A shortcode's attributes keyed by the element's attribute names.
 *
 * @param string $tag        The element's tag name.
 * @param array  $attributes The attributes WordPress parsed (names in lower case; a name alone has a numeric key).
 * @return array
 */
function shortcode_values( string $tag, array $attributes ): array {
	$known  = element_definitions()[ $tag ]['attributes'];
	$values = array();
	foreach ( $attributes as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = strtolower( (string) $value );
			$value = true;
		}
		$name = str_replace( '_', '-', (string) $name );
		if ( isset( $known[ $name ] ) ) {
			$values[ $name ] = $value;
		}
	}
	return $values;
}
