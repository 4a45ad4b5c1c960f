<?php
/**
 * The blocks: dynamic blocks (block.json in blocks/, rendered here on the server), so that a post stores
 * only the block's comment and its attributes, which no later save by any user can strip. The editor
 * script (editor/index.js) adds their sidebar controls and a preview rendered by this same code.
 *
 * @package NSIW_Widgets
 */

namespace NSIW_Widgets;

defined( 'ABSPATH' ) || exit;

const EDITOR_HANDLE = 'nsiw-widgets-editor';

/** Registers the editor script and the five blocks. */
function register_blocks(): void {
	$asset = require plugin_dir_path( PLUGIN_FILE ) . 'editor/index.asset.php';
	wp_register_script(
		EDITOR_HANDLE,
		plugins_url( 'editor/index.js', PLUGIN_FILE ),
		$asset['dependencies'],
		$asset['version'],
		true
	);

	foreach ( element_definitions() as $tag => $definition ) {
		register_block_type(
			plugin_dir_path( PLUGIN_FILE ) . 'blocks/' . substr( $tag, strlen( 'nsiw-' ) ),
			array(
				'render_callback' => static function ( $attributes ) use ( $tag ) {
					return render_block_element( $tag, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}

/** On the block editor's screen: the labels and defaults the editor script reads. */
function add_editor_settings(): void {
	wp_add_inline_script( EDITOR_HANDLE, 'window.nsiwWidgetsEditor = ' . wp_json_encode( editor_settings() ) . ';', 'before' );
}

/**
 * A block's element inside the block's wrapper (which carries its alignment and extra class names, and
 * holds the element in the theme's content column).
 *
 * @param string $tag        The element's tag name.
 * @param array  $attributes The block's attributes.
 * @return string
 */
function render_block_element( string $tag, array $attributes ): string {
	$values = array();
	foreach ( element_definitions()[ $tag ]['attributes'] as $name => $definition ) {
		if ( array_key_exists( $definition['block'], $attributes ) ) {
			$values[ $name ] = $attributes[ $definition['block'] ];
		}
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . render_element( $tag, $values ) . '</div>';
}

/**
 * What the editor script needs: each block's controls with their labels in the user's language, and the
 * default feed URL (shown as the feed field's placeholder).
 *
 * @return array
 */
function editor_settings(): array {
	$feed_url = get_settings_value( 'feed_url' );
	$src      = array(
		'attribute' => 'src',
		'control'   => 'url',
		'label'     => __( 'Feed URL', 'nsiw-widgets' ),
		'help'      => '' === $feed_url
			? __( 'The address of the network\'s feed (JSON).', 'nsiw-widgets' )
			: __( 'Empty: the default feed of the plugin\'s settings.', 'nsiw-widgets' ),
	);
	$heading  = array(
		'attribute' => 'headingLevel',
		'control'   => 'select',
		'label'     => __( 'Heading level', 'nsiw-widgets' ),
		'help'      => __( 'The level of the titles, to fit the page\'s outline.', 'nsiw-widgets' ),
		'options'   => array(
			array(
				'value' => '',
				'label' => __( 'Default (3)', 'nsiw-widgets' ),
			),
			array(
				'value' => 2,
				'label' => 'H2',
			),
			array(
				'value' => 3,
				'label' => 'H3',
			),
			array(
				'value' => 4,
				'label' => 'H4',
			),
			array(
				'value' => 5,
				'label' => 'H5',
			),
			array(
				'value' => 6,
				'label' => 'H6',
			),
		),
	);
	$calendars       = array(
		'attribute' => 'calendars',
		'control'   => 'text',
		'label'     => __( 'Calendars', 'nsiw-widgets' ),
		'help'      => __( 'Offered in the add-to-calendar menu, in order, from: ics google outlook office365 yahoo. Empty: all five.', 'nsiw-widgets' ),
	);
	$structured_data = array(
		'attribute' => 'structuredData',
		'control'   => 'toggle',
		'label'     => __( 'Describe for search engines', 'nsiw-widgets' ),
		'help'      => __( 'Adds schema.org events (JSON-LD). Use it on one block per event or workshop.', 'nsiw-widgets' ),
	);
	$color_scheme    = array(
		'attribute' => 'colorScheme',
		'control'   => 'select',
		'label'     => __( 'Dark mode', 'nsiw-widgets' ),
		'options'   => array(
			array(
				'value' => '',
				'label' => __( 'The page\'s own colours', 'nsiw-widgets' ),
			),
			array(
				'value' => 'auto',
				'label' => __( 'Own dark panel when the visitor\'s system is dark', 'nsiw-widgets' ),
			),
		),
	);

	return array(
		'feedUrl' => $feed_url,
		'blocks'  => array(
			'nsiw-widgets/events'          => array(
				$src,
				array(
					'attribute' => 'show',
					'control'   => 'select',
					'label'     => __( 'Show', 'nsiw-widgets' ),
					'options'   => array(
						array(
							'value' => 'upcoming',
							'label' => __( 'Upcoming events', 'nsiw-widgets' ),
						),
						array(
							'value' => 'past',
							'label' => __( 'Past events', 'nsiw-widgets' ),
						),
						array(
							'value' => 'all',
							'label' => __( 'All events', 'nsiw-widgets' ),
						),
					),
				),
				array(
					'attribute' => 'limit',
					'control'   => 'number',
					'label'     => __( 'Most events shown', 'nsiw-widgets' ),
					'help'      => __( 'Empty: all of them.', 'nsiw-widgets' ),
				),
				array(
					'attribute' => 'types',
					'control'   => 'text',
					'label'     => __( 'Event types', 'nsiw-widgets' ),
					'help'      => __( 'Space-separated, e.g. seminar workshop. Empty: every type.', 'nsiw-widgets' ),
				),
				array(
					'attribute' => 'pageSize',
					'control'   => 'number',
					'label'     => __( 'Events before "Show more"', 'nsiw-widgets' ),
					'help'      => __( 'Empty: 50.', 'nsiw-widgets' ),
				),
				$heading,
				$calendars,
				$structured_data,
				$color_scheme,
			),
			'nsiw-widgets/workshop-card'   => array(
				$src,
				array(
					'attribute' => 'workshopId',
					'control'   => 'text',
					'label'     => __( 'Workshop', 'nsiw-widgets' ),
					'help'      => __( 'The workshop\'s id in the feed, e.g. workshop-2023-oslo.', 'nsiw-widgets' ),
				),
				$heading,
				$calendars,
				$structured_data,
				$color_scheme,
			),
			'nsiw-widgets/workshop-series' => array( $src, $heading, $calendars, $structured_data, $color_scheme ),
			'nsiw-widgets/info-tabs'       => array(
				$src,
				array(
					'attribute' => 'label',
					'control'   => 'text',
					'label'     => __( 'Name of the tab list', 'nsiw-widgets' ),
					'help'      => __( 'For screen readers. Empty: "More about the project", in the page\'s language.', 'nsiw-widgets' ),
				),
				array(
					'attribute' => 'selected',
					'control'   => 'text',
					'label'     => __( 'First tab shown', 'nsiw-widgets' ),
					'help'      => __( 'A tab\'s id in the feed. Empty: the first tab.', 'nsiw-widgets' ),
				),
				array(
					'attribute' => 'layout',
					'control'   => 'select',
					'label'     => __( 'Layout', 'nsiw-widgets' ),
					'options'   => array(
						array(
							'value' => '',
							'label' => __( 'Tabs, or an accordion where they do not fit', 'nsiw-widgets' ),
						),
						array(
							'value' => 'tabs',
							'label' => __( 'Always tabs', 'nsiw-widgets' ),
						),
						array(
							'value' => 'accordion',
							'label' => __( 'Always an accordion', 'nsiw-widgets' ),
						),
					),
				),
				$heading,
				$color_scheme,
			),
			'nsiw-widgets/language-toggle' => array(
				array(
					'attribute' => 'locales',
					'control'   => 'text',
					'label'     => __( 'Languages', 'nsiw-widgets' ),
					'help'      => __( 'Space-separated, from: nb en sv da. Empty: nb en.', 'nsiw-widgets' ),
				),
				array(
					'attribute' => 'navigate',
					'control'   => 'toggle',
					'label'     => __( 'Go to the page in that language', 'nsiw-widgets' ),
					'help'      => __( 'Follows the page\'s links to its translations (hreflang) instead of switching the widgets.', 'nsiw-widgets' ),
				),
				$color_scheme,
			),
		),
	);
}
