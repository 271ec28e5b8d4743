<?php
/**
 * The blocks: one per widget, and a Clinic block that holds them so that they share one clinic.
 * Their metadata is in blocks/<name>/block.json (written by the build from the kit's manifest);
 * the front end is rendered on the server by the same function as the shortcodes, inside the
 * block's wrapper (its class, anchor, alignment and spacing, within the theme's content width).
 *
 * @package CitWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'cit_widgets_register_blocks' );

/**
 * Registers the blocks from their block.json and the editor script (plain JavaScript on WordPress's
 * own globals: no build step of its own), which shows the real widgets in the editor.
 */
function cit_widgets_register_blocks() {
	$build = cit_widgets_build();
	wp_register_script(
		'cit-widgets-blocks',
		plugins_url( 'assets/blocks.js', CIT_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'cit-widgets' ),
		$build['version'] . '-' . $build['assetHash'],
		true
	);
	wp_add_inline_script(
		'cit-widgets-blocks',
		'window.citWidgetsBuild = ' . wp_json_encode(
			array(
				'elements'  => $build['elements'],
				'clinic'    => $build['clinic'],
				'languages' => $build['languages'],
				'concerns'  => $build['concerns'],
			)
		) . ';',
		'before'
	);
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'cit-widgets-blocks', 'cit-widgets', dirname( CIT_WIDGETS_FILE ) . '/languages' );
	}
	$folder = dirname( CIT_WIDGETS_FILE ) . '/blocks/';
	foreach ( $build['elements'] as $tag => $element ) {
		register_block_type(
			$folder . substr( $tag, 4 ),
			array( 'render_callback' => 'cit_widgets_render_block' )
		);
	}
	register_block_type( $folder . 'clinic', array( 'render_callback' => 'cit_widgets_render_clinic_block' ) );
}

/**
 * A widget block: the widget in the block's wrapper, in its own clinic unless a Clinic block holds it.
 *
 * @param array    $attributes The block's attributes.
 * @param string   $content    Unused (the block saves no markup).
 * @param WP_Block $block      The block, with the Clinic block's context when inside one.
 * @return string
 */
function cit_widgets_render_block( $attributes, $content, $block ) {
	$tag      = 'cit-' . substr( $block->name, strlen( 'cit-widgets/' ) );
	$inside   = ! empty( $block->context['cit-widgets/clinic'] );
	$previous = $GLOBALS['cit_widgets_in_clinic'];
	if ( $inside ) {
		$GLOBALS['cit_widgets_in_clinic'] = max( 1, $previous );
	}
	$html = cit_widgets_render( $tag, is_array( $attributes ) ? $attributes : array() );
	$GLOBALS['cit_widgets_in_clinic'] = $previous;
	return '' === $html ? '' : '<div ' . cit_widgets_wrapper_attributes( $attributes ) . '>' . $html . '</div>';
}

/**
 * The block wrapper's attributes (class, alignment, spacing), with the anchor as its id: a
 * dynamic block saves no markup for WordPress to put it on.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function cit_widgets_wrapper_attributes( $attributes ) {
	$extra = array();
	if ( is_array( $attributes ) && ! empty( $attributes['anchor'] ) && is_string( $attributes['anchor'] ) ) {
		$extra['id'] = $attributes['anchor'];
	}
	return get_block_wrapper_attributes( $extra );
}

/**
 * The Clinic block: one `<cit-clinic>` with its settings (over the settings page's) around the
 * widget blocks inside it.
 *
 * @param array  $attributes The block's attributes.
 * @param string $content    The inner blocks, rendered.
 * @return string
 */
function cit_widgets_render_clinic_block( $attributes, $content ) {
	wp_enqueue_script( 'cit-widgets' );
	$given = is_array( $attributes ) ? $attributes : array();
	unset( $given['clinic'] );
	return '<div ' . cit_widgets_wrapper_attributes( $attributes ) . '>' . cit_widgets_clinic_open( $given ) . $content . '</cit-clinic></div>';
}

add_action( 'enqueue_block_assets', 'cit_widgets_editor_canvas' );

/**
 * The kit in the editor's canvas also when WordPress puts the canvas in an iframe (the site editor
 * today, the post editor in later versions), so that the blocks show the real widgets there too.
 */
function cit_widgets_editor_canvas() {
	if ( is_admin() ) {
		wp_enqueue_script( 'cit-widgets' );
	}
}
