<?php
/**
 * The only network I/O: fetching a signing certificate and the confirmation
 * GET, over curl with the extension's rules (src/https_client.rs).
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * HTTPS only, verified TLS with the system's roots, no redirects, no proxy
 * from the environment, 5 s for the whole exchange, at most 64 KiB, status
 * 200. Under test-only trust (the php.ini directives quillcrm_sns.test_ca_file
 * and quillcrm_sns.test_resolve, which only tests set) the test CA replaces
 * the roots and only the listed hosts are reachable.
 */
final class HttpsClient {

	/** Seconds for the whole exchange. */
	private const TIMEOUT_MS = 5000;

	/** @var array{ca_file: string, resolve: array<int, array{host: string, port: int, target: string}>}|null */
	private ?array $trust;
	private ?string $configuration_error;

	/**
	 * @param string $ca_file The test CA file ('' none).
	 * @param string $resolve The test resolve list ('' none).
	 */
	public function __construct( string $ca_file, string $resolve ) {
		$this->trust               = null;
		$this->configuration_error = null;
		if ( '' === $ca_file && '' === $resolve ) {
			return;
		}
		try {
			$this->trust = array(
				'ca_file' => self::checked_ca_file( $ca_file ),
				'resolve' => self::parse_resolve( $resolve ),
			);
		} catch ( \InvalidArgumentException $error ) {
			$this->configuration_error = $error->getMessage();
		}
	}

	/** Why the test trust settings are unusable, if they are. */
	public function configuration_error(): ?string {
		return $this->configuration_error;
	}

	/**
	 * The body of a 200 answer for a certificate URL that passed the policy.
	 *
	 * @param string $url The SigningCertURL.
	 * @throws Failure cert_unavailable, or invalid_certificate for an answer over 64 KiB.
	 */
	public function fetch_certificate( string $url ): string {
		list( $status, $body ) = $this->get( $url, array( Failure::class, 'cert_unavailable' ) );
		if ( 200 !== $status ) {
			throw Failure::cert_unavailable( "the host answered HTTP {$status}" );
		}
		if ( null === $body ) {
			throw Failure::invalid_certificate( 'the answer is larger than 64 KiB' );
		}
		return $body;
	}

	/**
	 * The AWS error codes that mean throttling (src/aws_error.rs,
	 * AwsError::from_answer()): the same call may pass later.
	 */
	private const THROTTLING_CODES = array( 'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottled', 'RequestThrottledException', 'TooManyRequestsException', 'SlowDown', 'RequestLimitExceeded', 'ProvisionedThroughputExceededException', 'KmsThrottled', 'OverLimit' );

	/**
	 * A ConfirmSubscription answer other than 200 (src/confirm.rs refusal()):
	 * a 4xx is final, except a request timeout (408) and throttling (429, or
	 * a throttling error code); anything else may pass.
	 *
	 * @param int         $status The HTTP status.
	 * @param string|null $body   The answer (null when over the limit).
	 */
	private static function refusal( int $status, ?string $body ): Failure {
		$code      = null !== $body && 1 === preg_match( '#<Code>\s*([^<]{0,128}?)\s*</Code>#', $body, $m ) ? $m[1] : '';
		$last      = (string) preg_replace( '/^.*[#.]/', '', $code );
		$throttled = 429 === $status || in_array( $last, self::THROTTLING_CODES, true );
		return $status >= 400 && $status < 500 && 408 !== $status && ! $throttled
			? Failure::confirmation_refused( $status )
			: Failure::confirmation_failed( "SNS answered HTTP {$status}" );
	}

	/**
	 * Visits a checked SubscribeURL; the body of a 200 answer.
	 *
	 * @param string $url The SubscribeURL.
	 * @throws Failure confirmation_failed, confirmation_refused.
	 */
	public function confirm_subscription( string $url ): string {
		list( $status, $body ) = $this->get( $url, array( Failure::class, 'confirmation_failed' ) );
		if ( 200 !== $status ) {
			throw self::refusal( $status, $body );
		}
		if ( null === $body ) {
			throw Failure::confirmation_failed( 'the answer is larger than 64 KiB' );
		}
		return $body;
	}

	/**
	 * GET $url: [status, body], the body null when over 64 KiB.
	 *
	 * @param string   $url  An HTTPS URL that passed its policy.
	 * @param callable $fail Makes the Failure for a transport error.
	 * @return array{0: int, 1: ?string}
	 * @throws Failure When the exchange fails.
	 */
	private function get( string $url, callable $fail ): array {
		if ( null !== $this->configuration_error ) {
			throw $fail( 'the test trust settings are unusable: ' . $this->configuration_error );
		}
		$host = (string) parse_url( $url, PHP_URL_HOST ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- the URL passed its policy; no WordPress here.
		$curl = curl_init();
		$body = '';
		$over = false;
		$options = array(
			CURLOPT_URL            => $url,
			CURLOPT_PROTOCOLS      => CURLPROTO_HTTPS,
			CURLOPT_FOLLOWLOCATION => false,
			CURLOPT_PROXY          => '',
			CURLOPT_NOPROXY        => '*',
			CURLOPT_TIMEOUT_MS     => self::TIMEOUT_MS,
			CURLOPT_SSL_VERIFYPEER => true,
			CURLOPT_SSL_VERIFYHOST => 2,
			CURLOPT_USERAGENT      => 'QuillCRM-SNS/' . Handler::VERSION . ' (php)',
			CURLOPT_HTTPGET        => true,
			CURLOPT_WRITEFUNCTION  => static function ( $handle, string $chunk ) use ( &$body, &$over ): int {
				if ( strlen( $body ) + strlen( $chunk ) > SigningKey::MAX_CERTIFICATE_BYTES ) {
					$over = true;
					return -1;
				}
				$body .= $chunk;
				return strlen( $chunk );
			},
		);
		if ( null !== $this->trust ) {
			$connect_to = array();
			foreach ( $this->trust['resolve'] as $entry ) {
				if ( $entry['host'] === strtolower( $host ) && 443 === $entry['port'] ) {
					$connect_to[] = "{$host}:443:{$entry['target']}";
				}
			}
			if ( array() === $connect_to && array() !== $this->trust['resolve'] ) {
				throw $fail( 'the host name did not resolve' ); // Under test trust, only listed hosts exist.
			}
			$options[ CURLOPT_CONNECT_TO ] = $connect_to;
			if ( '' !== $this->trust['ca_file'] ) {
				// The test CA replaces the roots: the bundle, and the
				// directory of hashed roots, here one that holds none.
				$options[ CURLOPT_CAINFO ] = $this->trust['ca_file'];
				$options[ CURLOPT_CAPATH ] = __DIR__;
			}
		}
		curl_setopt_array( $curl, $options );
		$done   = curl_exec( $curl );
		$errno  = curl_errno( $curl );
		$status = (int) curl_getinfo( $curl, CURLINFO_RESPONSE_CODE );
		curl_close( $curl );
		if ( $over ) {
			return array( $status, null );
		}
		if ( false === $done || 0 !== $errno ) {
			throw $fail( self::describe( $errno ) );
		}
		return array( $status, $body );
	}

	/**
	 * A short, fixed description of a curl failure (never the URL).
	 *
	 * @param int $errno curl's error number.
	 */
	private static function describe( int $errno ): string {
		// curl's error numbers (libcurl-errors(3)); not every PHP build
		// defines a constant for each.
		$descriptions = array(
			28 => 'timed out after 5 s',                             // OPERATION_TIMEDOUT.
			6  => 'the host name did not resolve',                   // COULDNT_RESOLVE_HOST.
			7  => 'the connection failed',                           // COULDNT_CONNECT.
			60 => 'the TLS certificate of the host is not trusted',  // PEER_FAILED_VERIFICATION.
			51 => 'the TLS certificate of the host is not trusted',  // its number before curl 7.62.
			35 => 'the TLS handshake failed',                        // SSL_CONNECT_ERROR.
			47 => 'the host redirected',                             // TOO_MANY_REDIRECTS.
			52 => 'network error: the connection was closed',        // GOT_NOTHING.
			55 => 'network error: the connection was closed',        // SEND_ERROR.
			56 => 'network error: the connection was closed',        // RECV_ERROR.
			8  => 'the host broke the HTTP protocol',                // WEIRD_SERVER_REPLY.
			18 => 'the host broke the HTTP protocol',                // PARTIAL_FILE.
		);
		return $descriptions[ $errno ] ?? 'the request failed';
	}

	/**
	 * @throws \InvalidArgumentException When the file cannot be read or holds no certificate.
	 */
	private static function checked_ca_file( string $ca_file ): string {
		if ( '' === $ca_file ) {
			return '';
		}
		$pem = @file_get_contents( $ca_file ); // phpcs:ignore WordPress.PHP.NoSilencedErrors, WordPress.WP.AlternativeFunctions -- a test-only file; the error is reported.
		if ( false === $pem ) {
			throw new \InvalidArgumentException( 'quillcrm_sns.test_ca_file cannot be read' );
		}
		if ( ! str_contains( $pem, '-----BEGIN CERTIFICATE-----' ) ) {
			throw new \InvalidArgumentException( 'quillcrm_sns.test_ca_file holds no PEM certificate' );
		}
		return $ca_file;
	}

	/**
	 * curl-style `host:port:address[:port]` entries, comma-separated.
	 *
	 * @return array<int, array{host: string, port: int, target: string}>
	 * @throws \InvalidArgumentException Naming the entry that is wrong.
	 */
	private static function parse_resolve( string $text ): array {
		$entries = array();
		foreach ( explode( ',', $text ) as $entry ) {
			$entry = trim( $entry );
			if ( '' === $entry ) {
				continue;
			}
			$parts = explode( ':', $entry, 3 );
			if ( 3 !== count( $parts ) ) {
				throw new \InvalidArgumentException( "quillcrm_sns.test_resolve is invalid: {$entry}: expected host:port:address" );
			}
			list( $host, $port, $target ) = $parts;
			if ( 1 !== preg_match( '/^[0-9]{1,5}$/D', $port ) || (int) $port > 65535 ) {
				throw new \InvalidArgumentException( "quillcrm_sns.test_resolve is invalid: {$entry}: bad port" );
			}
			if ( 1 === preg_match( '/^(.+):([0-9]{1,5})$/D', $target, $m ) && false !== filter_var( trim( $m[1], '[]' ), FILTER_VALIDATE_IP ) ) {
				$target = $m[1] . ':' . $m[2];
			} elseif ( false !== filter_var( $target, FILTER_VALIDATE_IP ) ) {
				$target = ( str_contains( $target, ':' ) ? "[{$target}]" : $target ) . ':' . $port;
			} else {
				throw new \InvalidArgumentException( "quillcrm_sns.test_resolve is invalid: {$entry}: bad address" );
			}
			$entries[] = array(
				'host'   => strtolower( $host ),
				'port'   => (int) $port,
				'target' => $target,
			);
		}
		return $entries;
	}
}
