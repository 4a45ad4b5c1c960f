<?php
/**
 * The editor script's dependencies (WordPress's packages it uses as globals) and version.
 *
 * @package NSIW_Widgets
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
	'version'      => '0.1.0',
);
