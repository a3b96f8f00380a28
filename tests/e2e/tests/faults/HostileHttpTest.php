<?php
/**
 * Hostile HTTP against the real webhook URL: oversized, empty, chunked and
 * invalid UTF-8 bodies, wrong content types, wrong methods, malformed query
 * arguments, and 10,000 requests with random keys. Never a 500, never a PHP
 * warning in the logs (checked after every test by FaultTestCase), and each
 * gets the documented code (php/README.md, "Webhook").
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests\Faults;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\SnsSigner;

final class HostileHttpTest extends FaultTestCase {
	private const KIB = 1024;

	/** @return array<string, array{0:int, 1:int, 2:?string}> body size, status, error */
	public function oversizedBodies(): array {
		return array(
			'512 KiB + 1 byte' => array( 512 * self::KIB + 1, 413, 'body_too_large' ),
			'1 MiB'            => array( 1024 * self::KIB, 413, 'body_too_large' ),
			'1.9 MiB'          => array( 1946 * self::KIB, 413, 'body_too_large' ),
			// Over nginx's client_max_body_size (2m, kept below PHP's
			// post_max_size): nginx itself answers 413, PHP never runs.
			'3 MiB (nginx)'    => array( 3072 * self::KIB, 413, null ),
		);
	}

	/** @dataProvider oversizedBodies */
	public function testOversizedBodyGets413( int $size, int $status, ?string $error ): void {
		$body = str_pad( SnsSigner::body( $this->notification( SesPayload::delivery( Site::unique_email( 'huge' ) ) ) ), $size, ' ' );

		$r = $this->post( $body );

		$this->assertAnswer( $status, $r, null === $error ? null : 'rejected', $error, "body of $size bytes" );
		if ( null === $error ) {
			$this->assertStringContainsString( '413 Request Entity Too Large', $r['body'], 'nginx\'s own answer' );
		}
	}

	public function testOversizedBodyWithAWrongKeyGets403First(): void {
		$r = $this->post( str_repeat( 'x', 1024 * self::KIB ), 'wrong-key' );

		$this->assertAnswer( 403, $r, 'rejected', 'invalid_key', 'the key is checked before the body' );
	}

	/** @return array<string, array{0:string, 1:string}> body, error */
	public function malformedBodies(): array {
		return array(
			'empty'                      => array( '', 'malformed_body' ),
			'white space'                => array( "  \r\n\t ", 'malformed_body' ),
			'invalid UTF-8'              => array( "{\"Type\":\"Notification\",\"Message\":\"\xff\xfe\"}", 'malformed_body' ),
			'overlong UTF-8 slash'       => array( "{\"Type\":\"Notification\xc0\xaf\"}", 'malformed_body' ),
			'UTF-16 BOM'                 => array( "\xff\xfe{\0}\0", 'malformed_body' ),
			'NUL bytes'                  => array( str_repeat( "\0", 1000 ), 'malformed_body' ),
			'nesting 100,000 deep'       => array( str_repeat( '[', 100000 ), 'malformed_body' ),
			'nested objects 10,000 deep' => array( str_repeat( '{"a":', 10000 ) . '1' . str_repeat( '}', 10000 ), 'malformed_body' ),
			'JSON array'                 => array( '[1,2,3]', 'malformed_body' ),
			'duplicate keys'             => array( '{"Type":"Notification","Type":"SubscriptionConfirmation"}', 'malformed_body' ),
			'form-encoded'               => array( 'Type=Notification&Message=x', 'malformed_body' ),
			'XML'                        => array( '<?xml version="1.0"?><Notification/>', 'malformed_body' ),
			'an empty object'            => array( '{}', 'missing_field' ),
		);
	}

	/** @dataProvider malformedBodies */
	public function testMalformedBodyGets400( string $body, string $error ): void {
		$r = $this->post( $body );

		$this->assertAnswer( 400, $r, 'rejected', $error );
	}

	public function testInvalidUtf8InsideASignedDeliveryGets400(): void {
		$envelope = $this->notification( SesPayload::delivery( Site::unique_email( 'utf8' ) ) );
		$body     = str_replace( '"Type" : "Notification"', "\"Type\" : \"Notification\xff\"", SnsSigner::body( $envelope ) );
		$this->assertNotSame( SnsSigner::body( $envelope ), $body );

		$r = $this->post( $body, null, SnsSigner::headers( $envelope ) );

		$this->assertAnswer( 400, $r, 'rejected', 'malformed_body' );
	}

	/** @return array<string, array{0:?string}> Content-Type sent with a genuine delivery */
	public function harmlessContentTypes(): array {
		return array(
			'application/json'                  => array( 'application/json' ),
			'application/x-www-form-urlencoded' => array( 'application/x-www-form-urlencoded' ),
			'text/xml'                          => array( 'text/xml' ),
			'application/octet-stream'          => array( 'application/octet-stream' ),
			'none'                              => array( null ),
		);
	}

	/**
	 * The content type is not what makes a delivery genuine (the signature
	 * is): a signed delivery is applied whatever it says.
	 *
	 * @dataProvider harmlessContentTypes
	 */
	public function testSignedDeliveryWithAnotherContentTypeIsStillVerified( ?string $type ): void {
		$email    = $this->new_contact( 'ctype' );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );

		$r = $this->post( SnsSigner::body( $envelope ), null, $this->with_content_type( SnsSigner::headers( $envelope ), $type ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	/**
	 * multipart/form-data makes PHP itself parse the body into $_POST before
	 * WordPress starts, so php://input is empty: 400 malformed_body, nothing
	 * applied (SNS never sends it).
	 */
	public function testSignedDeliveryAsMultipartFormDataGets400(): void {
		$email    = $this->new_contact( 'multipart' );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );

		$r = $this->post( SnsSigner::body( $envelope ), null, $this->with_content_type( SnsSigner::headers( $envelope ), 'multipart/form-data; boundary=x' ) );

		$this->assertAnswer( 400, $r, 'rejected', 'malformed_body' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	/**
	 * multipart/form-data without a boundary: PHP's request startup (before
	 * any PHP code, the plugin's or WordPress's, runs) logs "PHP Warning:
	 * Missing boundary in multipart/form-data POST data in Unknown on line
	 * 0". No PHP code can prevent it; it is the one warning this suite
	 * tolerates, and only here. The webhook still answers 400.
	 */
	public function testMultipartWithoutBoundaryGets400AndOnlyPhpsOwnStartupWarning(): void {
		$this->expected_log_lines = array( '#PHP Warning:  Missing boundary in multipart/form-data POST data in Unknown on line 0$#' );

		$r = $this->post( 'not json', null, array( 'Content-Type: multipart/form-data' ) );

		$this->assertAnswer( 400, $r, 'rejected', 'malformed_body' );
	}

	public function testChunkedSignedDeliveryIsVerifiedAndApplied(): void {
		$email    = $this->new_contact( 'chunked' );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );

		$r = $this->post_chunked( SnsSigner::body( $envelope ), SnsSigner::headers( $envelope ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	/** @return array<string, array{0:string, 1:int, 2:string}> */
	public function chunkedBodies(): array {
		return array(
			'empty'               => array( '', 400, 'malformed_body' ),
			'invalid UTF-8'       => array( "{\"a\":\"\xff\"}", 400, 'malformed_body' ),
			'600 KiB'             => array( str_repeat( ' ', 600 * self::KIB ), 413, 'body_too_large' ),
		);
	}

	/** @dataProvider chunkedBodies */
	public function testChunkedHostileBodyGetsItsCode( string $body, int $status, string $error ): void {
		$r = $this->post_chunked( $body, array( 'Content-Type: text/plain; charset=UTF-8' ) );

		$this->assertAnswer( $status, $r, 'rejected', $error );
	}

	public function testChunkedBodyOverNginxLimitIsRefusedBeforePhp(): void {
		$r = $this->post_chunked( str_repeat( ' ', 3072 * self::KIB ), array() );

		$this->assertSame( 413, $r['status'] );
	}

	/** @return array<string, array{0:string}> */
	public function otherMethods(): array {
		return array_combine( array( 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS' ), array( array( 'GET' ), array( 'PUT' ), array( 'DELETE' ), array( 'PATCH' ), array( 'OPTIONS' ) ) );
	}

	/** @dataProvider otherMethods */
	public function testOtherMethodsGet405WithAllowPost( string $method ): void {
		$url = str_replace( $this->site->url( '/?' ), $this->site->url( '/index.php?' ), $this->site->webhook_url() );

		$r = $this->site->request( $method, $url, 'PUT' === $method ? '{}' : '' );

		$this->assertAnswer( 405, $r, 'rejected', 'method_not_allowed' );
		$this->assertSame( 'POST', $r['headers']['allow'] ?? null );
	}

	/**
	 * On "/?..." nginx's usual WordPress config (try_files $uri $uri/
	 * /index.php) serves the directory index for GET, HEAD and POST only:
	 * other methods get nginx's own 405 before PHP runs. Still 405.
	 *
	 * @dataProvider otherMethods
	 */
	public function testOtherMethodsOnTheFrontUrlGet405( string $method ): void {
		$r = $this->site->request( $method, $this->site->webhook_url(), '' );

		$this->assertSame( 405, $r['status'], $r['body'] );
	}

	public function testUrlOverNginxLimitGets414BeforePhp(): void {
		$r = $this->site->request( 'POST', $this->site->webhook_url( str_repeat( 'k', 16 * self::KIB ) ), '{}' );

		$this->assertSame( 414, $r['status'] );
	}

	/** @return array<string, array{0:string, 1:int, 2:string}> query string, status, error */
	public function hostileQueries(): array {
		return array(
			'key as an array'                 => array( 'quillcrm_webhook=bounce&provider=amazonses&key[]=KEY', 403, 'invalid_key' ),
			'key with a NUL'                  => array( 'quillcrm_webhook=bounce&provider=amazonses&key=KEY%00', 403, 'invalid_key' ),
			'key in invalid UTF-8'            => array( 'quillcrm_webhook=bounce&provider=amazonses&key=%FF%FE', 403, 'invalid_key' ),
			'no key'                          => array( 'quillcrm_webhook=bounce&provider=amazonses', 403, 'invalid_key' ),
			'empty key'                       => array( 'quillcrm_webhook=bounce&provider=amazonses&key=', 403, 'invalid_key' ),
			'4 KiB key'                       => array( 'quillcrm_webhook=bounce&provider=amazonses&key=' . str_repeat( 'a', 4096 ), 403, 'invalid_key' ),
			'provider as an array'            => array( 'quillcrm_webhook=bounce&provider[]=amazonses&key=KEY', 404, 'unknown_provider' ),
			'provider in invalid UTF-8'       => array( 'quillcrm_webhook=bounce&provider=%FF%FE%C0%AF&key=KEY', 404, 'unknown_provider' ),
			'legacy route, invalid UTF-8'     => array( 'rest_route=/qc/v1/webhooks/bounce/%FF&key=KEY', 404, 'unknown_provider' ),
			'provider of 600 euro signs'      => array( 'quillcrm_webhook=bounce&provider=' . str_repeat( '%E2%82%AC', 600 ) . '&key=KEY', 404, 'unknown_provider' ),
			'cut UTF-8 at the 40th character' => array( 'quillcrm_webhook=bounce&provider=' . str_repeat( 'a', 39 ) . '%E2%82&key=KEY', 404, 'unknown_provider' ),
		);
	}

	/** @dataProvider hostileQueries */
	public function testHostileQueryGetsItsCodeAndValidJson( string $query, int $status, string $error ): void {
		$url = $this->site->url( '/?' . str_replace( 'KEY', $this->site->key(), $query ) );

		$r = $this->site->request( 'POST', $url, '{}', array( 'Content-Type: text/plain' ) );

		$this->assertAnswer( $status, $r, 'rejected', $error );
		$this->assertStringStartsWith( 'application/json', $r['headers']['content-type'] ?? '' );
		$this->assertNotFalse( json_decode( $r['body'], true, 8, JSON_THROW_ON_ERROR ) );
	}

	public function testAnUnknownProviderIsQuotedAsTheExtensionQuotesWhatASenderWrote(): void {
		$r = $this->site->request( 'POST', $this->site->url( '/?quillcrm_webhook=bounce&provider=%FF%FE%00a%22b&key=' . $this->site->key() ), '{}', array( 'Content-Type: text/plain' ) );

		$this->assertAnswer( 404, $r, 'rejected', 'unknown_provider' );
		$this->assertStringStartsWith( 'Unknown bounce provider "\\u{fffd}\\u{fffd}\\u{0}a\\"b";', $r['json']['detail'] );
	}

	/**
	 * 10,000 POSTs of a genuine, signed hard bounce, 16 at a time, each with a
	 * random wrong key (random hex, random bytes, near misses of the real
	 * key): every one 403 invalid_key, and the contact never changes.
	 */
	public function testTenThousandRandomKeysAreAll403AndChangeNothing(): void {
		$n        = (int) ( getenv( 'E2E_RANDOM_KEYS' ) ?: 10000 );
		$email    = $this->new_contact( 'random-keys' );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );
		$body     = SnsSigner::body( $envelope );
		$headers  = SnsSigner::headers( $envelope );
		$real     = $this->site->key();
		$base     = $this->site->url( '/?quillcrm_webhook=bounce&provider=amazonses&key=' );

		$statuses = array();
		$bad      = array();
		$multi    = curl_multi_init();
		$inflight = 0;
		$sent     = 0;
		$t        = microtime( true );
		while ( $sent < $n || $inflight > 0 ) {
			while ( $inflight < 16 && $sent < $n ) {
				$key = self::random_key( $real, $sent );
				$this->assertNotSame( $real, $key );
				$ch = curl_init( $base . rawurlencode( $key ) );
				curl_setopt_array( $ch, array( CURLOPT_POST => true, CURLOPT_POSTFIELDS => $body, CURLOPT_HTTPHEADER => $headers, CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 30 ) );
				curl_multi_add_handle( $multi, $ch );
				++$inflight;
				++$sent;
			}
			curl_multi_exec( $multi, $running );
			curl_multi_select( $multi, 0.05 );
			while ( false !== ( $info = curl_multi_info_read( $multi ) ) ) {
				$ch     = $info['handle'];
				$status = CURLE_OK === $info['result'] ? (int) curl_getinfo( $ch, CURLINFO_RESPONSE_CODE ) : 0;
				$json   = json_decode( (string) curl_multi_getcontent( $ch ), true );
				$statuses[ $status ] = ( $statuses[ $status ] ?? 0 ) + 1;
				if ( 403 !== $status || 'invalid_key' !== ( $json['error'] ?? null ) ) {
					$bad[] = $status . ' ' . substr( (string) curl_multi_getcontent( $ch ), 0, 200 );
				}
				curl_multi_remove_handle( $multi, $ch );
				--$inflight;
			}
		}
		curl_multi_close( $multi );
		$took = microtime( true ) - $t;
		fwrite( STDERR, sprintf( "\n[HostileHttpTest] %d random keys in %.1f s (%.0f/s): %s\n", $n, $took, $n / $took, json_encode( $statuses ) ) );

		$this->assertSame( array( 403 => $n ), $statuses, 'every random key: 403' );
		$this->assertSame( array(), array_slice( $bad, 0, 5 ) );
		$this->assertContactState( $email, 'subscribed', 0, 'no random key got a delivery applied' );
		$this->assertAnswer( 200, $this->site->deliver( $envelope ), 'bounce', null, 'the same delivery with the real key' );
	}

	/** A wrong key: random hex, random bytes, or a near miss of the real one. */
	private static function random_key( string $real, int $i ): string {
		switch ( $i % 8 ) {
			case 0:
				return bin2hex( random_bytes( 24 ) );
			case 1:
				return random_bytes( random_int( 1, 64 ) ) . 'x';
			case 2: // One character changed.
				$k       = $real;
				$at      = random_int( 0, strlen( $k ) - 1 );
				$k[ $at ] = '0' === $k[ $at ] ? '1' : '0';
				return $k;
			case 3:
				return substr( $real, 0, random_int( 1, strlen( $real ) - 1 ) );
			case 4:
				return $real . chr( random_int( 0, 255 ) );
			case 5:
				return strtoupper( $real ) === $real ? $real . 'x' : strtoupper( $real );
			case 6:
				return str_repeat( 'k', random_int( 100, 4000 ) );
			default:
				return ' ' . $real;
		}
	}

	/**
	 * @param list<string> $headers
	 * @return array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}
	 */
	private function post( string $body, ?string $key = null, array $headers = array( 'Content-Type: text/plain; charset=UTF-8' ) ): array {
		return $this->site->request( 'POST', $this->site->webhook_url( $key ), $body, array_merge( $headers, array( 'Expect:' ) ) );
	}

	/**
	 * POSTs with Transfer-Encoding: chunked (no Content-Length), 8 KiB chunks.
	 *
	 * @param list<string> $headers
	 * @return array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}
	 */
	private function post_chunked( string $body, array $headers ): array {
		$ch     = curl_init( $this->site->webhook_url() );
		$offset = 0;
		curl_setopt_array(
			$ch,
			array(
				CURLOPT_POST           => true,
				CURLOPT_HTTPHEADER     => array_merge( $headers, array( 'Transfer-Encoding: chunked', 'Expect:' ) ),
				CURLOPT_READFUNCTION   => static function ( $ch, $fd, int $length ) use ( $body, &$offset ): string {
					$part    = substr( $body, $offset, min( $length, 8192 ) );
					$offset += strlen( $part );
					return $part;
				},
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_HEADER         => true,
				CURLOPT_TIMEOUT        => 30,
			)
		);
		$raw = (string) curl_exec( $ch );
		$this->assertSame( '', curl_error( $ch ) );
		$size    = (int) curl_getinfo( $ch, CURLINFO_HEADER_SIZE );
		$payload = substr( $raw, $size );
		$json    = json_decode( $payload, true );
		return array(
			'status'  => (int) curl_getinfo( $ch, CURLINFO_RESPONSE_CODE ),
			'body'    => $payload,
			'json'    => is_array( $json ) ? $json : null,
			'headers' => array(),
		);
	}

	/**
	 * @param list<string> $headers
	 * @return list<string>
	 */
	private function with_content_type( array $headers, ?string $type ): array {
		$headers   = array_values( array_filter( $headers, static fn( string $h ) => 0 !== stripos( $h, 'Content-Type:' ) ) );
		$headers[] = null === $type ? 'Content-Type:' : "Content-Type: $type";
		return $headers;
	}
}
