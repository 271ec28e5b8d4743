<?php
/**
 * Settings → CIT widgets: the clinic's name, booking link, phone, language, currency and price,
 * given to every widget through its `<cit-clinic>`.
 *
 * @package CitWidgets
 */

defined( 'ABSPATH' ) || exit;

const CIT_WIDGETS_OPTION = 'cit_widgets_settings';

/**
 * The fields, in order: option key => label, input type, hint.
 *
 * @return array<string, array{0: string, 1: string, 2: string}>
 */
function cit_widgets_fields() {
	return array(
		'name'        => array( __( 'Clinic name', 'cit-widgets' ), 'text', __( 'Shown in booking links and calendar entries.', 'cit-widgets' ) ),
		'booking_url' => array( __( 'Booking page', 'cit-widgets' ), 'url', __( 'An http or https address. {date} in it becomes the date of the session being booked.', 'cit-widgets' ) ),
		'phone'       => array( __( 'Phone', 'cit-widgets' ), 'tel', __( 'Shown beside warning signs and results.', 'cit-widgets' ) ),
		'locale'      => array( __( 'Language', 'cit-widgets' ), 'text', __( 'A language tag such as en, es or en-GB. Empty: the site’s language.', 'cit-widgets' ) ),
		'currency'    => array( __( 'Currency', 'cit-widgets' ), 'text', __( 'Three letters, such as EUR or USD.', 'cit-widgets' ) ),
		'price'       => array( __( 'Price per session', 'cit-widgets' ), 'text', __( 'A number such as 350, or a range such as 250-400. Empty: no cost is shown.', 'cit-widgets' ) ),
	);
}

/**
 * The saved settings, with the site's language when none is set, keyed as the clinic's attributes
 * with underscores (booking_url sets booking-url).
 *
 * @return array<string, string>
 */
function cit_widgets_settings() {
	$saved = get_option( CIT_WIDGETS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	if ( empty( $saved['locale'] ) ) {
		$saved['locale'] = str_replace( '_', '-', get_locale() );
	}
	return $saved;
}

add_action( 'admin_init', 'cit_widgets_register_setting' );

/**
 * One option, saved through options.php (which checks the nonce and the capability).
 */
function cit_widgets_register_setting() {
	register_setting(
		'cit_widgets',
		CIT_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'cit_widgets_sanitize',
			'default'           => array(),
		)
	);
}

/**
 * Cleans what the form sent. A value in the wrong form is refused with a notice naming it, and the
 * saved value is kept: the widgets never get a setting they would reject.
 *
 * @param mixed $input The submitted fields.
 * @return array<string, string>
 */
function cit_widgets_sanitize( $input ) {
	static $reported = array();
	$old    = get_option( CIT_WIDGETS_OPTION, array() );
	$old    = is_array( $old ) ? $old : array();
	$input  = is_array( $input ) ? $input : array();
	$clean  = array();
	$fields = cit_widgets_fields();
	foreach ( array_keys( $fields ) as $key ) {
		$value = isset( $input[ $key ] ) ? trim( sanitize_text_field( (string) $input[ $key ] ) ) : '';
		if ( '' === $value ) {
			$clean[ $key ] = '';
			continue;
		}
		$problem = cit_widgets_problem( $key, $value );
		if ( 'currency' === $key ) {
			$value = strtoupper( $value );
		} elseif ( 'locale' === $key ) {
			$value = str_replace( '_', '-', $value );
		}
		if ( null === $problem ) {
			$clean[ $key ] = $value;
			continue;
		}
		$clean[ $key ] = isset( $old[ $key ] ) ? (string) $old[ $key ] : '';
		// WordPress sanitizes twice when the option is first created: one notice per field is enough.
		if ( isset( $reported[ $key ] ) ) {
			continue;
		}
		$reported[ $key ] = true;
		add_settings_error(
			CIT_WIDGETS_OPTION,
			'cit-widgets-' . $key,
			/* translators: 1: field label, 2: what is wrong with the value. */
			sprintf( __( '%1$s was not saved: %2$s The previous value is kept.', 'cit-widgets' ), $fields[ $key ][0], $problem ),
			'error'
		);
	}
	return $clean;
}

/**
 * What is wrong with a field's value, in a sentence, or null when nothing is.
 *
 * @param string $key   The field.
 * @param string $value Its trimmed value.
 * @return string|null
 */
function cit_widgets_problem( $key, $value ) {
	switch ( $key ) {
		case 'name':
			return mb_strlen( $value ) > 120 ? __( 'it is longer than 120 characters.', 'cit-widgets' ) : null;
		case 'booking_url':
			// {date} is the kit's placeholder, not part of the address.
			$url    = str_replace( '{date}', '2026-01-01', $value );
			$scheme = strtolower( (string) wp_parse_url( $url, PHP_URL_SCHEME ) );
			$ok     = in_array( $scheme, array( 'http', 'https' ), true ) && false !== filter_var( $url, FILTER_VALIDATE_URL );
			return $ok ? null : __( 'a booking page must be an address starting with http:// or https://.', 'cit-widgets' );
		case 'phone':
			return preg_match( '/^\+?[0-9 ().\-]{3,30}$/', $value ) ? null : __( 'use digits, spaces and + ( ) - . only.', 'cit-widgets' );
		case 'locale':
			return preg_match( '/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/', $value ) ? null : __( 'use a language tag such as en, es or en-GB.', 'cit-widgets' );
		case 'currency':
			return preg_match( '/^[A-Za-z]{3}$/', $value ) ? null : __( 'use a three-letter code such as EUR or USD.', 'cit-widgets' );
		case 'price':
			return preg_match( '/^\d+(\.\d+)?(\s*-\s*\d+(\.\d+)?)?$/', $value ) ? null : __( 'use a number such as 350 or a range such as 250-400.', 'cit-widgets' );
	}
	return null;
}

add_action( 'admin_menu', 'cit_widgets_menu' );

/**
 * Settings → CIT widgets, for those who may manage options.
 */
function cit_widgets_menu() {
	add_options_page( __( 'CIT widgets', 'cit-widgets' ), __( 'CIT widgets', 'cit-widgets' ), 'manage_options', 'cit-widgets', 'cit_widgets_settings_page' );
}

/**
 * The settings form. options.php saves it: nonce and capability checks included.
 */
function cit_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$saved = get_option( CIT_WIDGETS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'CIT widgets', 'cit-widgets' ); ?></h1>
		<p><?php esc_html_e( 'Your clinic’s details, given to every widget on the site. Add the widgets with the blocks under Widgets, or with the shortcodes [cit_candidacy_check], [cit_session_planner] and [cit_recovery_timeline].', 'cit-widgets' ); ?></p>
		<form method="post" action="options.php" novalidate>
			<?php settings_fields( 'cit_widgets' ); ?>
			<table class="form-table" role="presentation">
				<?php foreach ( cit_widgets_fields() as $key => list( $label, $type, $hint ) ) : ?>
					<?php
					$id          = 'cit-widgets-' . str_replace( '_', '-', $key );
					$placeholder = 'locale' === $key ? str_replace( '_', '-', get_locale() ) : '';
					?>
					<tr>
						<th scope="row"><label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $label ); ?></label></th>
						<td>
							<input class="regular-text" type="<?php echo esc_attr( $type ); ?>" id="<?php echo esc_attr( $id ); ?>" name="<?php echo esc_attr( CIT_WIDGETS_OPTION . '[' . $key . ']' ); ?>" value="<?php echo esc_attr( isset( $saved[ $key ] ) ? $saved[ $key ] : '' ); ?>" placeholder="<?php echo esc_attr( $placeholder ); ?>" aria-describedby="<?php echo esc_attr( $id ); ?>-hint" />
							<p class="description" id="<?php echo esc_attr( $id ); ?>-hint"><?php echo esc_html( $hint ); ?></p>
						</td>
					</tr>
				<?php endforeach; ?>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
