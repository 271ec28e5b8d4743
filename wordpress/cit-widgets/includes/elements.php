<?php
/**
 * The widgets as WordPress sees them: the kit's script, one renderer for shortcodes and blocks,
 * and the elements' attributes allowed in post content.
 *
 * Every element and attribute comes from build.json, which `npm run build:wordpress` writes from
 * the kit's custom-elements.json, so the plugin offers exactly what the kit documents.
 *
 * @package CitWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The build's facts: version, the script's content hash, and each element's attributes.
 *
 * @return array{version: string, assetHash: string, clinic: array, elements: array<string, array>}
 */
function cit_widgets_build() {
	static $build = null;
	if ( null === $build ) {
		$json  = file_get_contents( dirname( __DIR__ ) . '/build.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$build = json_decode( (string) $json, true );
	}
	return $build;
}

/**
 * The three widgets, keyed by tag name.
 *
 * @return array<string, array{shortcode: string, block: string, title: string, description: string, attributes: array}>
 */
function cit_widgets_elements() {
	return cit_widgets_build()['elements'];
}

add_action( 'init', 'cit_widgets_register' );

/**
 * Registers the kit's script (enqueued only where a widget renders) and one shortcode per widget.
 */
function cit_widgets_register() {
	$build = cit_widgets_build();
	// The content hash in the version: a new kit is a new URL, so no cache serves the old one.
	// WordPress 6.3 and later take a loading strategy; before, the script_loader_tag filter below adds defer.
	$in_footer = version_compare( (string) get_bloginfo( 'version' ), '6.3', '>=' ) ? array(
		'in_footer' => true,
		'strategy'  => 'defer',
	) : true;
	wp_register_script( 'cit-widgets', plugins_url( 'assets/cit-widgets.js', CIT_WIDGETS_FILE ), array(), $build['version'] . '-' . $build['assetHash'], $in_footer );
	foreach ( cit_widgets_elements() as $element ) {
		add_shortcode( $element['shortcode'], 'cit_widgets_widget_shortcode' );
	}
	add_shortcode( 'cit_clinic', 'cit_widgets_clinic_shortcode' );
}

/**
 * [cit_candidacy_check], [cit_session_planner] and [cit_recovery_timeline]: the widget named by the shortcode.
 *
 * @param array|string $atts      The shortcode's attributes.
 * @param string|null  $content   Unused.
 * @param string       $shortcode The shortcode's name (its tag with `_` for `-`).
 * @return string
 */
function cit_widgets_widget_shortcode( $atts, $content = null, $shortcode = '' ) {
	return cit_widgets_render( str_replace( '_', '-', (string) $shortcode ), is_array( $atts ) ? $atts : array() );
}

add_filter( 'script_loader_tag', 'cit_widgets_defer', 10, 2 );

/**
 * Loads the kit with `defer`: it never holds up the page's HTML.
 *
 * @param string $html   The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function cit_widgets_defer( $html, $handle ) {
	if ( 'cit-widgets' !== $handle || false !== strpos( $html, ' defer' ) ) {
		return $html;
	}
	// Script optimisers that delay scripts until a visitor interacts would leave the widgets empty
	// until then: these attributes opt the kit out (LiteSpeed Cache, WP Rocket, Cloudflare Rocket Loader).
	return str_replace( '<script ', '<script defer data-no-optimize="1" data-no-defer="1" data-cfasync="false" ', $html );
}

/**
 * An element's attributes from shortcode or block attributes: `treated_at` sets `treated-at`.
 * Only documented attributes are used; anything else is ignored.
 *
 * @param array $documented The element's attributes from build.json.
 * @param array $given      Shortcode or block attributes.
 * @return string The attributes, escaped, each with a leading space.
 */
function cit_widgets_attributes( array $documented, array $given ) {
	$html = '';
	foreach ( $documented as $attribute ) {
		$name = $attribute['name'];
		$key  = str_replace( '-', '_', $name );
		// A bare word in a shortcode, [cit_recovery_timeline from_url], arrives as a numbered value.
		$bare = in_array( $key, $given, true ) && ! isset( $given[ $key ] );
		if ( ! isset( $given[ $key ] ) && ! $bare ) {
			continue;
		}
		$value = $bare ? true : $given[ $key ];
		if ( $attribute['boolean'] ) {
			if ( true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on' ), true ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		$value = trim( (string) $value );
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html;
}

/**
 * The `<cit-clinic>` start tag with the clinic's settings (Settings → CIT widgets), each overridden
 * by the same setting given on `[cit_clinic]` (as the setup page writes them).
 *
 * @param array $given Shortcode attributes of [cit_clinic], if any.
 * @return string
 */
function cit_widgets_clinic_open( array $given = array() ) {
	$settings = cit_widgets_settings();
	foreach ( $given as $key => $value ) {
		if ( is_string( $key ) && '' !== trim( (string) $value ) ) {
			$settings[ $key ] = $value;
		}
	}
	return '<cit-clinic' . cit_widgets_attributes( cit_widgets_build()['clinic']['attributes'], $settings ) . '>';
}

/**
 * Nesting depth of [cit_clinic]: widgets inside one share it, and are not wrapped again.
 *
 * @var int
 */
$GLOBALS['cit_widgets_in_clinic'] = 0;

/**
 * One widget's markup, in a `<cit-clinic>` with the clinic's settings unless it is already inside
 * one, and the kit's script enqueued (once, however many widgets the page has).
 *
 * @param string $tag   The element's tag name.
 * @param array  $given Shortcode or block attributes.
 * @return string
 */
function cit_widgets_render( $tag, array $given ) {
	$elements = cit_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	wp_enqueue_script( 'cit-widgets' );
	$html = '<' . $tag . cit_widgets_attributes( $elements[ $tag ]['attributes'], $given ) . '>' . cit_widgets_fallback() . '</' . $tag . '>';
	$html = $GLOBALS['cit_widgets_in_clinic'] > 0 ? $html : cit_widgets_clinic_open() . $html . '</cit-clinic>';
	return cit_widgets_preload( array( 'cit-clinic', $tag ) ) . $html;
}

/**
 * `<link rel="modulepreload">` hints for the kit's files that `$tags` need and the page has not
 * hinted yet: the browser fetches them while it reads the page, not only once the deferred script
 * has run (one round trip less on a slow phone). The script's imports then reuse them.
 *
 * @param string[] $tags Element tag names.
 * @return string
 */
function cit_widgets_preload( array $tags ) {
	static $hinted = array();
	$build  = cit_widgets_build();
	$chunks = isset( $build['chunks'] ) && is_array( $build['chunks'] ) ? $build['chunks'] : array();
	$html   = '';
	foreach ( $tags as $tag ) {
		foreach ( isset( $chunks[ $tag ] ) ? (array) $chunks[ $tag ] : array() as $file ) {
			if ( isset( $hinted[ $file ] ) ) {
				continue;
			}
			$hinted[ $file ] = true;
			$html           .= '<link rel="modulepreload" href="' . esc_url( plugins_url( 'assets/' . $file, CIT_WIDGETS_FILE ) ) . '">';
		}
	}
	return $html;
}

/**
 * What a visitor sees inside a widget until its script runs (or if it never does: scripts blocked,
 * or delayed by an optimiser): a short line, and the clinic's phone. The widget's own view replaces it.
 *
 * @return string
 */
function cit_widgets_fallback() {
	$settings = cit_widgets_settings();
	$phone    = isset( $settings['phone'] ) ? trim( (string) $settings['phone'] ) : '';
	$line     = esc_html__( 'This microneedling tool is loading. If it does not appear, please contact the clinic.', 'cit-widgets' );
	if ( '' !== $phone ) {
		// The number's digits and +, and an extension after it as ;ext= (as the kit's own telUrl writes it).
		preg_match( '/^(.*?)(?:\s*(?:ext\.?|x|#)\s*(\d{1,6}))?$/i', $phone, $m );
		$tel   = 'tel:' . preg_replace( '/[^\d+]/', '', $m[1] ) . ( empty( $m[2] ) ? '' : ';ext=' . $m[2] );
		$line .= ' <a href="' . esc_url( $tel, array( 'tel' ) ) . '">' . esc_html( $phone ) . '</a>';
	}
	return '<p class="cit-widgets-fallback">' . $line . '</p>';
}

/**
 * [cit_clinic]…[/cit_clinic]: widgets inside share one clinic, so a suitability check's answers
 * can start the session planner beside it.
 *
 * @param array|string $atts    The clinic's settings for this clinic (`booking_url="…"`), over the settings page's.
 * @param string|null  $content The enclosed content.
 * @return string
 */
function cit_widgets_clinic_shortcode( $atts, $content = null ) {
	++$GLOBALS['cit_widgets_in_clinic'];
	$inner = do_shortcode( cit_widgets_unautop( (string) $content ) );
	--$GLOBALS['cit_widgets_in_clinic'];
	wp_enqueue_script( 'cit-widgets' );
	return cit_widgets_clinic_open( is_array( $atts ) ? $atts : array() ) . $inner . '</cit-clinic>';
}

/**
 * The content of [cit_clinic]…[/cit_clinic] as written over several lines in the classic editor,
 * without the paragraphs and line breaks `wpautop` put around the shortcodes in it (they would
 * split the clinic across paragraphs, and the rest of the post would fall inside it).
 *
 * @param string $content The enclosed content, after wpautop.
 * @return string
 */
function cit_widgets_unautop( $content ) {
	$content = (string) preg_replace( '#^\s*</p>#', '', $content );
	$content = (string) preg_replace( '#<p>\s*$#', '', $content );
	$content = (string) preg_replace( '#<br\s*/?>\s*(?=\[)|(?<=\])\s*<br\s*/?>#', '', $content );
	return (string) preg_replace( '#<p>\s*(\[[^\]]+\])\s*</p>#', '$1', $content );
}

add_filter( 'the_content', 'cit_widgets_close_paragraph', 12 );

/**
 * After the shortcodes: the `</p>` that wpautop left after a [/cit_clinic] on its own line, when
 * the `<p>` before it went with the shortcode, is taken out rather than left as an empty paragraph.
 *
 * @param string $content The post's content.
 * @return string
 */
function cit_widgets_close_paragraph( $content ) {
	return (string) preg_replace( '#(</cit-clinic>)\s*</p>#', '$1', (string) $content );
}

add_filter( 'wp_kses_allowed_html', 'cit_widgets_allowed_html', 10, 2 );

/**
 * Lets the elements and their documented attributes through the post-content filter, so editors
 * without `unfiltered_html` can paste them too.
 *
 * @param array  $tags    Allowed tags and attributes.
 * @param string $context The filter's context.
 * @return array
 */
function cit_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	$build = cit_widgets_build();
	$all   = array( 'cit-clinic' => $build['clinic'] ) + $build['elements'];
	foreach ( $all as $tag => $element ) {
		$tags[ $tag ] = array(
			'id'    => true,
			'class' => true,
		);
		foreach ( $element['attributes'] as $attribute ) {
			$tags[ $tag ][ $attribute['name'] ] = true;
		}
	}
	return $tags;
}

add_filter( 'wp_kses_uri_attributes', 'cit_widgets_uri_attributes' );

/**
 * `booking-url` is a link: the content filter drops unsafe protocols from it as from `href`.
 *
 * @param string[] $attributes Attributes holding URLs.
 * @return string[]
 */
function cit_widgets_uri_attributes( $attributes ) {
	$attributes[] = 'booking-url';
	return $attributes;
}

add_filter( 'the_content', 'cit_widgets_enqueue_for_pasted', 100 );

/**
 * Enqueues the kit when post content holds an element an editor pasted, not a shortcode or block.
 *
 * @param string $content The post's content.
 * @return string
 */
function cit_widgets_enqueue_for_pasted( $content ) {
	if ( false !== strpos( (string) $content, '<cit-' ) ) {
		wp_enqueue_script( 'cit-widgets' );
	}
	return $content;
}
