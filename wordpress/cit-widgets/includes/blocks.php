<?php
/**
 * One block per widget, with the widget's attributes as sidebar controls. The front end is
 * rendered on the server by the same function as the shortcodes.
 *
 * @package CitWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'cit_widgets_register_blocks' );

/**
 * Registers the blocks and their editor script (plain JavaScript on WordPress's own globals: no
 * build step of its own).
 */
function cit_widgets_register_blocks() {
	$build = cit_widgets_build();
	wp_register_script(
		'cit-widgets-blocks',
		plugins_url( 'assets/blocks.js', CIT_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		$build['version'] . '-' . $build['assetHash'],
		true
	);
	wp_add_inline_script( 'cit-widgets-blocks', 'window.citWidgetsElements = ' . wp_json_encode( $build['elements'] ) . ';', 'before' );
	foreach ( $build['elements'] as $tag => $element ) {
		$attributes = array();
		foreach ( $element['attributes'] as $attribute ) {
			$attributes[ str_replace( '-', '_', $attribute['name'] ) ] = array( 'type' => $attribute['boolean'] ? 'boolean' : 'string' );
		}
		register_block_type(
			$element['block'],
			array(
				'api_version'     => 2,
				'title'           => $element['title'],
				'description'     => $element['description'],
				'category'        => 'widgets',
				'attributes'      => $attributes,
				'editor_script'   => 'cit-widgets-blocks',
				'supports'        => array( 'html' => false ),
				'render_callback' => static function ( $block_attributes ) use ( $tag ) {
					return cit_widgets_render( $tag, is_array( $block_attributes ) ? $block_attributes : array() );
				},
			)
		);
	}
}
