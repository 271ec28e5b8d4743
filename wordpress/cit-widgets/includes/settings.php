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
		'phone'       => array( __( 'Phone', 'cit-widgets' ), 'tel', __( 'Shown beside warning signs and results. An extension may follow: ext. 12.', 'cit-widgets' ) ),
		'locale'      => array( __( 'Language', 'cit-widgets' ), 'text', __( 'A language tag such as en, es or en-GB. Empty: the site’s language.', 'cit-widgets' ) ),
		'currency'    => array( __( 'Currency', 'cit-widgets' ), 'select', __( 'The currency of the price.', 'cit-widgets' ) ),
		'price'       => array( __( 'Price per session', 'cit-widgets' ), 'text', __( 'A number such as 350 or 1,200, or a range such as 250-400. Empty: no cost is shown.', 'cit-widgets' ) ),
	);
}

/**
 * The currencies offered (ISO 4217), most used by clinics first.
 *
 * @return string[]
 */
function cit_widgets_currencies() {
	return array( 'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'TRY', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'AED', 'SAR', 'QAR', 'KWD', 'ILS', 'EGP', 'ZAR', 'INR', 'CNY', 'HKD', 'TWD', 'JPY', 'KRW', 'SGD', 'MYR', 'THB', 'PHP', 'IDR', 'VND' );
}

/**
 * A price as clinics type it, in the kit's form: `1,200` or `1.200,50` or `€1 200 – 1 500` become
 * `1200`, `1200.50`, `1200-1500`. Anything else comes back as typed, for the check to refuse.
 *
 * @param string $value The typed price.
 * @return string
 */
function cit_widgets_normalize_price( $value ) {
	$parts = preg_split( '/\s*[-–—]\s*/u', trim( $value ) );
	$clean = array();
	foreach ( (array) $parts as $part ) {
		$part = preg_replace( '/[^\d.,]/u', '', (string) $part );
		if ( preg_match( '/^\d{1,3}([.,\s])\d{3}(\1\d{3})*([.,]\d{1,2})?$/', (string) $part, $m ) ) {
			$decimal = isset( $m[3] ) ? substr( $m[3], 1 ) : '';
			$part    = preg_replace( '/\D/', '', substr( (string) $part, 0, strlen( (string) $part ) - strlen( isset( $m[3] ) ? $m[3] : '' ) ) ) . ( '' !== $decimal ? '.' . $decimal : '' );
		} elseif ( preg_match( '/^\d+,\d{1,2}$/', (string) $part ) ) {
			$part = str_replace( ',', '.', (string) $part );
		}
		$clean[] = $part;
	}
	$joined = implode( '-', $clean );
	return preg_match( '/^\d+(\.\d+)?(-\d+(\.\d+)?)?$/', $joined ) ? $joined : $value;
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
		if ( 'price' === $key ) {
			$value = cit_widgets_normalize_price( $value );
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
		// The form shows what was typed again, with the notice, so that nothing typed is lost.
		$typed         = get_transient( 'cit_widgets_typed_' . get_current_user_id() );
		$typed         = is_array( $typed ) ? $typed : array();
		$typed[ $key ] = isset( $input[ $key ] ) ? sanitize_text_field( (string) $input[ $key ] ) : '';
		set_transient( 'cit_widgets_typed_' . get_current_user_id(), $typed, 300 );
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
			$url = str_replace( '{date}', '2026-01-01', $value );
			// Letters beyond ASCII (an accented path) are valid in an address; PHP's check wants them encoded.
			$url    = (string) preg_replace_callback( '/[^\x20-\x7e]+/u', static function ( $m ) { return rawurlencode( $m[0] ); }, $url );
			$scheme = strtolower( (string) wp_parse_url( $url, PHP_URL_SCHEME ) );
			$ok     = in_array( $scheme, array( 'http', 'https' ), true ) && false !== filter_var( $url, FILTER_VALIDATE_URL );
			return $ok ? null : __( 'a booking page must be an address starting with http:// or https://.', 'cit-widgets' );
		case 'phone':
			return preg_match( '/^\+?[0-9 ().\-]{3,30}(\s*(ext\.?|x|#)\s*\d{1,6})?$/i', $value ) ? null : __( 'use digits, spaces and + ( ) - . only, and an extension after ext. if there is one.', 'cit-widgets' );
		case 'locale':
			return preg_match( '/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/', $value ) ? null : __( 'use a language tag such as en, es or en-GB.', 'cit-widgets' );
		case 'currency':
			return in_array( strtoupper( $value ), cit_widgets_currencies(), true ) ? null : __( 'choose a currency from the list.', 'cit-widgets' );
		case 'price':
			return preg_match( '/^\d+(\.\d+)?(\s*-\s*\d+(\.\d+)?)?$/', $value ) ? null : __( 'use a number such as 350 or 1,200, or a range such as 250-400.', 'cit-widgets' );
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
	$typed = get_transient( 'cit_widgets_typed_' . get_current_user_id() );
	$typed = is_array( $typed ) ? $typed : array();
	delete_transient( 'cit_widgets_typed_' . get_current_user_id() );
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
							<?php
							$refused = isset( $typed[ $key ] );
							$value   = $refused ? $typed[ $key ] : ( isset( $saved[ $key ] ) ? $saved[ $key ] : '' );
							?>
							<?php if ( 'select' === $type ) : ?>
								<select id="<?php echo esc_attr( $id ); ?>" name="<?php echo esc_attr( CIT_WIDGETS_OPTION . '[' . $key . ']' ); ?>" aria-describedby="<?php echo esc_attr( $id ); ?>-hint">
									<option value=""><?php esc_html_e( '(none)', 'cit-widgets' ); ?></option>
									<?php foreach ( cit_widgets_currencies() as $code ) : ?>
										<option value="<?php echo esc_attr( $code ); ?>" <?php selected( strtoupper( (string) $value ), $code ); ?>><?php echo esc_html( $code ); ?></option>
									<?php endforeach; ?>
								</select>
							<?php else : ?>
								<input class="regular-text" type="<?php echo esc_attr( $type ); ?>" id="<?php echo esc_attr( $id ); ?>" name="<?php echo esc_attr( CIT_WIDGETS_OPTION . '[' . $key . ']' ); ?>" value="<?php echo esc_attr( $value ); ?>" placeholder="<?php echo esc_attr( $placeholder ); ?>" aria-describedby="<?php echo esc_attr( $id ); ?>-hint"<?php echo $refused ? ' aria-invalid="true"' : ''; ?> />
							<?php endif; ?>
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
