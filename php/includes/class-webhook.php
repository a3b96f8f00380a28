<?php
/**
 * The HTTP endpoint Amazon SNS posts to.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Recognises a webhook request on plugins_loaded (priority 0), answers it
 * and exits before themes and `init` load. Three spellings, any permalink
 * setting:
 *
 * - `/?quillcrm_webhook=bounce&provider=amazonses&key=K` (any front URL);
 * - `POST /wp-json/qc/v1/webhooks/bounce/amazonses?key=K` (legacy route);
 * - `/?rest_route=/qc/v1/webhooks/bounce/amazonses&key=K` (legacy, plain permalinks).
 *
 * The answer is always JSON: {"outcome": ..., "error": ..., "detail": ...}.
 * Its `detail` is plain English, never translated: it is for SNS and logs,
 * and it is built on plugins_loaded, before translations may be loaded.
 */
final class Webhook {

	/** The only provider this plugin handles. */
	public const PROVIDER = 'amazonses';

	/** Legacy REST route, below the REST prefix, without the provider. */
	public const LEGACY_ROUTE = '/qc/v1/webhooks/bounce/';


	/**
	 * plugins_loaded, priority 0: answers and exits when this is a webhook request.
	 */
	public static function maybe_handle(): void {
		$provider = self::requested_provider();
		if ( null !== $provider ) {
			self::handle( $provider );
		}
	}

	/**
	 * The provider named by a webhook request, or null when the request is
	 * not for the webhook.
	 *
	 * Note: this runs before wp_magic_quotes(), so $_GET and $_SERVER are
	 * still unslashed here.
	 */
	public static function requested_provider(): ?string {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- machine endpoint authenticated by its key.
		if ( isset( $_GET['quillcrm_webhook'] ) ) {
			if ( 'bounce' !== $_GET['quillcrm_webhook'] ) {
				return null;
			}
			return isset( $_GET['provider'] ) && is_string( $_GET['provider'] ) ? $_GET['provider'] : '';
		}
		if ( isset( $_GET['rest_route'] ) && is_string( $_GET['rest_route'] ) ) {
			return self::legacy_provider( $_GET['rest_route'] );
		}
		// phpcs:enable
		$uri  = isset( $_SERVER['REQUEST_URI'] ) ? (string) $_SERVER['REQUEST_URI'] : '';
		$path = (string) wp_parse_url( $uri, PHP_URL_PATH );
		$rest = '/' . trim( rest_get_url_prefix(), '/' );
		$at   = strpos( $path, $rest . self::LEGACY_ROUTE );
		if ( false === $at ) {
			return null;
		}
		return self::legacy_provider( substr( $path, $at + strlen( $rest ) ) );
	}

	/**
	 * Provider of a legacy REST route, null when the route is another one.
	 *
	 * @param string $route Route below the REST prefix, e.g. /qc/v1/webhooks/bounce/amazonses.
	 */
	private static function legacy_provider( string $route ): ?string {
		if ( 1 === preg_match( '#^' . preg_quote( self::LEGACY_ROUTE, '#' ) . '([^/]+)/?$#', $route, $match ) ) {
			return rawurldecode( $match[1] );
		}
		return null;
	}

	/**
	 * Answers the request and exits.
	 *
	 * @param string $provider Requested provider.
	 */
	private static function handle( string $provider ): void {
		DatabaseError::answer_wpdb_failures_with( array( self::class, 'wp_die_handler' ) );

		if ( self::PROVIDER !== $provider ) {
			self::respond(
				404,
				'rejected',
				'unknown_provider',
				sprintf(
					'Unknown bounce provider %1$s; this endpoint only handles "%2$s" (Amazon SES through Amazon SNS).',
					// Cut and escaped as the extension quotes what a sender wrote.
					\QuillCRM\Sns\Polyfill\Failure::quote_untrusted( $provider ),
					self::PROVIDER
				)
			);
		}

		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- machine endpoint authenticated by its key.
		$key    = isset( $_GET['key'] ) && is_string( $_GET['key'] ) ? $_GET['key'] : null;
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( (string) $_SERVER['REQUEST_METHOD'] ) : 'GET';

		// A wrong key is counted, never logged, before anything else
		// (strangers cannot make the site parse, fetch or write a log row),
		// whatever the method: an old URL tried in a browser counts too.
		$key_matches = Settings::key_matches( $key );
		if ( ! $key_matches ) {
			Counters::bump( Counters::WRONG_KEY );
		}
		if ( 'POST' !== $method ) {
			self::respond(
				405,
				'rejected',
				'method_not_allowed',
				'This endpoint only accepts POST requests from Amazon SNS; the key in this URL is ' . ( $key_matches ? 'correct.' : 'not correct.' )
			);
		}
		if ( ! $key_matches ) {
			self::respond( 403, 'rejected', 'invalid_key', 'The webhook key is missing or wrong.' );
		}
		// After a plugin update, the first delivery brings the tables up to date.
		Plugin::upgrade_if_needed();

		if ( ! Extension::is_loaded() ) {
			$detail = 'Neither the quillcrm_sns PHP extension nor its plain-PHP fallback (which needs PHP\'s openssl and curl extensions) can run on this site; nothing was changed and Amazon SNS will retry this delivery.';
			$id     = EventLog::try_record( 503, 'retry', array(), 'extension_missing', $detail );
			self::respond( 503, 'retry', 'extension_missing', $detail, $id );
		}

		$topics = Settings::accepted_topics();
		if ( null === $topics ) {
			// Fail closed: never accept every topic because the setting
			// could not be read.
			$detail = 'The accepted topics setting of this site cannot be read; nothing was changed and Amazon SNS will retry this delivery.';
			$id     = EventLog::try_record( 503, 'retry', array(), 'settings_unreadable', $detail );
			self::respond( 503, 'retry', 'settings_unreadable', $detail, $id );
		}

		// The extension never visits a SubscribeURL here: DeliveryProcessor
		// records the topic first, then asks it to confirm.
		$request = array(
			'key'                   => $key,
			'expected_key'          => Settings::key(),
			'headers'               => self::sns_headers(),
			'allowed_topics'        => $topics,
			'confirm'               => false,
			'min_signature_version' => Settings::min_signature_version(),
		);
		$body    = self::body();

		try {
			$result = Extension::handle( $body, $request );
			$answer = DeliveryProcessor::process( $result, $request, $body );
		} catch ( \Throwable $error ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
			error_log( 'QuillCRM Bounce: quillcrm_sns_handle() threw ' . get_class( $error ) . ': ' . $error->getMessage() );
			$detail = 'The quillcrm_sns extension failed on this delivery; nothing was changed and Amazon SNS will retry it.';
			$id     = EventLog::try_record( 503, 'retry', array(), 'extension_error', $detail );
			self::respond( 503, 'retry', 'extension_error', $detail, $id );
		}
		self::respond( $answer['status'], $answer['outcome'], $answer['error'], $answer['detail'], $answer['prune_tick'] );
	}

	/**
	 * The wp_die() handler of a webhook request: a database that fails
	 * during it is answered with a JSON 503 (SNS retries), never printed HTML
	 * or a 500 page of ours.
	 *
	 * @return callable
	 */
	public static function wp_die_handler(): callable {
		return array( self::class, 'answer_wp_die' );
	}

	/**
	 * wp_die() during a webhook request: wpdb's dead_db() after a lost
	 * connection (nothing was committed), or WordPress's fatal error handler
	 * after a PHP fatal error (in the plugin, or in a listener of its actions
	 * after the commit: either way the retry applies nothing twice).
	 *
	 * @return never
	 */
	public static function answer_wp_die(): void {
		$last = error_get_last();
		if ( null !== $last && 0 !== ( $last['type'] & ( E_ERROR | E_PARSE | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR ) ) ) {
			self::respond( 503, 'retry', 'php_fatal_error', 'A PHP fatal error ended this request (the PHP error log names it); Amazon SNS will retry this delivery, and what was already applied is not applied twice.' );
		}
		self::respond( 503, 'retry', 'database_unavailable', 'The site database is unavailable; nothing was changed and Amazon SNS will retry this delivery.' );
	}

	/**
	 * The raw body, read up to one byte more than the extension's limit,
	 * so that a larger body still gets its 413.
	 */
	private static function body(): string {
		// An extension built before it reported its limit read 512 KiB.
		$limit = (int) ( Extension::info()['max_body_bytes'] ?? 524288 );
		$body  = file_get_contents( 'php://input', false, null, 0, $limit + 1 );
		return is_string( $body ) ? $body : '';
	}

	/**
	 * The request's x-amz-sns-* headers, as $_SERVER spells them
	 * (HTTP_X_AMZ_SNS_...): which of them count is the extension's rule.
	 *
	 * @return array<string, string>
	 */
	private static function sns_headers(): array {
		$headers = array();
		foreach ( $_SERVER as $name => $value ) { // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- passed verbatim to the verifier.
			if ( is_string( $name ) && str_starts_with( $name, 'HTTP_X_AMZ_SNS_' ) && is_string( $value ) ) {
				$headers[ $name ] = $value;
			}
		}
		return $headers;
	}

	/**
	 * Sends the JSON answer and exits. Pruning, when due, runs after the
	 * answer has been flushed to SNS.
	 *
	 * @param int         $status   HTTP status.
	 * @param string      $outcome  Outcome.
	 * @param string|null $error    Stable error code.
	 * @param string      $detail     One plain sentence.
	 * @param int         $prune_tick Log row just written, or the delivery count; 0 when none (Retention::maybe_prune_after()).
	 * @return never
	 */
	private static function respond( int $status, string $outcome, ?string $error, string $detail, int $prune_tick = 0 ): void {
		if ( ! headers_sent() ) {
			status_header( $status );
			header( 'Content-Type: application/json; charset=utf-8' );
			header( 'Cache-Control: no-store' );
			header( 'X-Content-Type-Options: nosniff' );
			header( 'X-Robots-Tag: noindex' );
			if ( 405 === $status ) {
				header( 'Allow: POST' );
			}
			if ( 503 === $status ) {
				header( 'Retry-After: 60' );
			}
		}
		// phpcs:ignore QuillCRM.Security.EscapedOutput.OutputNotEscaped -- a JSON answer (application/json, nosniff), not HTML.
		echo wp_json_encode(
			array(
				'outcome' => $outcome,
				'error'   => $error,
				'detail'  => $detail,
			)
		);
		if ( function_exists( 'fastcgi_finish_request' ) ) {
			fastcgi_finish_request();
		}
		Retention::maybe_prune_after( $prune_tick );
		exit;
	}
}
