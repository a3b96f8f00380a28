<?php
/**
 * The plain-PHP fallback's own trust: the test-only php.ini directives, and the
 * option in which it keeps verified certificates inside WordPress (checked
 * in full again whenever read). Each test runs the fallback in a separate
 * PHP process (tests/php/lib/fallback-process.php) whose options live in a
 * JSON file.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

/**
 * @group polyfill-only
 */
final class FallbackTrustTest extends ExtensionTestCase {

	private const OPTION = 'quillcrm_sns_polyfill_certificates';

	private string $dir;

	protected function setUp(): void {
		$this->dir = sys_get_temp_dir() . '/quillcrm-fallback-' . bin2hex( random_bytes( 6 ) );
		mkdir( $this->dir, 0700 );
		file_put_contents( $this->dir . '/options.json', '{}' );
	}

	protected function tearDown(): void {
		array_map( 'unlink', glob( $this->dir . '/*' ) ?: array() );
		rmdir( $this->dir );
	}

	/**
	 * Runs the fallback on $body in its own process.
	 *
	 * @param array<string, string> $ini       php.ini directives, given as -d name=value.
	 * @param array<string, string> $constants PHP constants the process defines before loading the fallback.
	 * @param array<string, string> $ini_set   ini_set() calls the process makes before loading the fallback.
	 * @return array{info: array<string, mixed>, response: array<string, mixed>}
	 */
	private function runFallback( string $body, array $ini, array $constants = array(), array $ini_set = array() ): array {
		file_put_contents( $this->dir . '/body', $body );
		file_put_contents(
			$this->dir . '/request.json',
			json_encode( array( 'key' => self::KEY, 'expected_key' => self::KEY, 'now' => SnsMessages::NOW + 5 ) )
		);
		$env     = array(
			'PATH'               => (string) getenv( 'PATH' ),
			'FALLBACK_CONSTANTS' => json_encode( (object) $constants ),
			'FALLBACK_INI_SET'   => json_encode( (object) $ini_set ),
		);
		$command = array( PHP_BINARY );
		foreach ( $ini as $name => $value ) {
			array_push( $command, '-d', "$name=$value" );
		}
		array_push( $command, dirname( __DIR__ ) . '/lib/fallback-process.php', $this->dir . '/options.json', $this->dir . '/body', $this->dir . '/request.json' );
		$process = proc_open(
			$command,
			array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ),
			$pipes,
			null,
			$env
		);
		$this->assertIsResource( $process );
		$stdout = (string) stream_get_contents( $pipes[1] );
		$stderr = (string) stream_get_contents( $pipes[2] );
		fclose( $pipes[1] );
		fclose( $pipes[2] );
		$this->assertSame( 0, proc_close( $process ), $stderr );
		return json_decode( $stdout, true, 64, JSON_THROW_ON_ERROR );
	}

	/** The test-only directives that reach the stand-ins. */
	private function testTrust(): array {
		return array(
			'quillcrm_sns.test_ca_file' => (string) getenv( 'QUILLCRM_TEST_CA_FILE' ),
			'quillcrm_sns.test_resolve' => (string) getenv( 'QUILLCRM_TEST_RESOLVE' ),
		);
	}

	/** A signed hard bounce whose certificate URL no other test uses, and that URL. */
	private function bounceWithOwnCertificateUrl(): array {
		$url = SnsMessages::cert_url( 'us-east-1', bin2hex( random_bytes( 16 ) ) );
		return array( SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SigningCertURL' => $url ) ) ), $url );
	}

	/** @param mixed $value */
	private function plantOption( $value ): void {
		file_put_contents( $this->dir . '/options.json', json_encode( array( self::OPTION => array( 'value' => $value, 'autoload' => false ) ) ) );
	}

	/** @return array{value: mixed, autoload: bool|null}|null */
	private function storedOption(): ?array {
		return json_decode( (string) file_get_contents( $this->dir . '/options.json' ), true )[ self::OPTION ] ?? null;
	}

	/** An option entry as a run under test-only trust keeps it. */
	private function keptUnderTestTrust( string $pem_file ): array {
		return array(
			'trust' => 'test-only trust',
			'pem'   => (string) file_get_contents( dirname( __DIR__, 2 ) . '/fixtures/pki/' . $pem_file ),
		);
	}

	private function fetchesOf( string $url ): int {
		return count( $this->standinRequestsMentioning( basename( $url ) ) );
	}

	public function testWithoutPhpsCurlExtensionTheFallbackIsNotDefined(): void {
		// `php -n`: no php.ini, so none of Debian's shared extensions (curl
		// is one; openssl is built in).
		$process = proc_open(
			array( PHP_BINARY, '-n', '-r', 'require "' . dirname( __DIR__, 3 ) . '/php/polyfill/quillcrm-sns.php"; echo json_encode( array( function_exists( "quillcrm_sns_handle" ), function_exists( "quillcrm_sns_info" ), \\QuillCRM\\Sns\\Polyfill\\Handler::missing_php_extensions() ) );' ),
			array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ),
			$pipes
		);
		$stdout = (string) stream_get_contents( $pipes[1] );
		$stderr = (string) stream_get_contents( $pipes[2] );
		fclose( $pipes[1] );
		fclose( $pipes[2] );
		proc_close( $process );

		$this->assertSame( array( false, false, array( 'curl' ) ), json_decode( $stdout, true ), $stderr );
	}

	public function testWithoutTheDirectivesTestTrustIsOff(): void {
		$info = $this->runFallback( '{}', array() )['info'];

		$this->assertSame( 'php', $info['implementation'] );
		$this->assertFalse( $info['test_trust'] );
		$this->assertSame( '', $info['test_ca_file'] );
		$this->assertSame( '', $info['test_resolve'] );
		$this->assertNull( $info['configuration_error'] );
	}

	public function testWithTheDirectivesTestTrustIsOnAndSaysSoInEveryAnswer(): void {
		$result = $this->runFallback( '{}', $this->testTrust() );

		$this->assertTrue( $result['info']['test_trust'] );
		$this->assertTrue( $result['response']['test_trust'] );
	}

	public function testConstantsOfTheTrustSettingsNamesDoNotTurnTestTrustOn(): void {
		// A plugin or wp-config.php line is no system-level setting.
		$trust = $this->testTrust();
		$info  = $this->runFallback(
			'{}',
			array(),
			array(
				'QUILLCRM_SNS_TEST_CA_FILE' => $trust['quillcrm_sns.test_ca_file'],
				'QUILLCRM_SNS_TEST_RESOLVE' => $trust['quillcrm_sns.test_resolve'],
			)
		)['info'];

		$this->assertFalse( $info['test_trust'] );
		$this->assertSame( '', $info['test_ca_file'] );
		$this->assertSame( '', $info['test_resolve'] );
	}

	public function testIniSetCannotTurnTestTrustOn(): void {
		$info = $this->runFallback( '{}', array(), array(), $this->testTrust() )['info'];

		$this->assertFalse( $info['test_trust'] );
		$this->assertSame( '', $info['test_ca_file'] );
		$this->assertSame( '', $info['test_resolve'] );
	}

	public function testAnUnreadableTestCaFileIsAConfigurationErrorAndNothingIsFetched(): void {
		list( $body, $url ) = $this->bounceWithOwnCertificateUrl();

		$result = $this->runFallback( $body, array( 'quillcrm_sns.test_ca_file' => $this->dir . '/missing.pem' ) + $this->testTrust() );

		$this->assertStringContainsString( 'quillcrm_sns.test_ca_file cannot be read', (string) $result['info']['configuration_error'] );
		$this->assertSame( 'cert_unavailable', $result['response']['error'] );
		$this->assertSame( 503, $result['response']['status'] );
		$this->assertSame( 0, $this->fetchesOf( $url ) );
	}

	public function testAFetchedCertificateIsKeptInANonAutoloadedOption(): void {
		list( $body, $url ) = $this->bounceWithOwnCertificateUrl();

		$response = $this->runFallback( $body, $this->testTrust() )['response'];

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'network', $response['certificate_source'] );
		$stored = $this->storedOption();
		$this->assertFalse( $stored['autoload'] );
		$this->assertSame( array( $url ), array_keys( $stored['value'] ) );
		$this->assertSame( 'test-only trust', $stored['value'][ $url ]['trust'] );
		$this->assertStringStartsWith( '-----BEGIN CERTIFICATE-----', $stored['value'][ $url ]['pem'] );
	}

	public function testAKeptCertificateServesTheNextProcessWithoutAFetch(): void {
		list( $body, $url ) = $this->bounceWithOwnCertificateUrl();
		$this->plantOption( array( $url => $this->keptUnderTestTrust( 'signing.pem' ) ) );

		$response = $this->runFallback( $body, $this->testTrust() )['response'];

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'disk', $response['certificate_source'] );
		$this->assertSame( 0, $this->fetchesOf( $url ) );
	}

	public function testACertificateKeptUnderTestOnlyTrustIsNotUsedWithoutIt(): void {
		list( $body, $url ) = $this->bounceWithOwnCertificateUrl();
		$this->assertSame( 'network', $this->runFallback( $body, $this->testTrust() )['response']['certificate_source'] );

		// The same site without the test directives: the kept certificate
		// (of the test CA) is not trusted, and the real host is out of reach.
		$response = $this->runFallback( $body, array() )['response'];

		$this->assertFalse( $response['test_trust'] );
		$this->assertSame( 503, $response['status'] );
		$this->assertSame( 'cert_unavailable', $response['error'] );
	}

	public function testACertificateKeptWithoutItsTrustIsFetchedAgain(): void {
		list( $body, $url ) = $this->bounceWithOwnCertificateUrl();
		// The form before the trust was kept: URL => PEM.
		$this->plantOption( array( $url => $this->keptUnderTestTrust( 'signing.pem' )['pem'] ) );

		$response = $this->runFallback( $body, $this->testTrust() )['response'];

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'network', $response['certificate_source'] );
		$this->assertSame( 1, $this->fetchesOf( $url ) );
	}

	/** @return array<string, array{string}> */
	public function keptCertificatesThatFailACheck(): array {
		return array(
			'a 1024-bit key'             => array( 'signing-1024.pem' ),
			'an EC key'                  => array( 'signing-ec.pem' ),
			'a name that is not SNS'     => array( 'signing-wrong-name.pem' ),
			'another region\'s name'     => array( 'signing-optin.pem' ),
			'expired at the Timestamp'   => array( 'signing-expired.pem' ),
		);
	}

	/** @dataProvider keptCertificatesThatFailACheck */
	public function testAKeptCertificateThatFailsACheckIsFetchedAgain( string $planted ): void {
		list( $body, $url ) = $this->bounceWithOwnCertificateUrl();
		$this->plantOption( array( $url => $this->keptUnderTestTrust( $planted ) ) );

		$response = $this->runFallback( $body, $this->testTrust() )['response'];

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'network', $response['certificate_source'] );
		$this->assertSame( 1, $this->fetchesOf( $url ) );
	}

	public function testAKeptCertificateOfAnotherKeyThatPassesEveryCheckIsFetchedAgain(): void {
		list( $body, $url ) = $this->bounceWithOwnCertificateUrl();
		// CN sns.amazonaws.com, no SAN, RSA 2048, valid: only the signature tells.
		$this->plantOption( array( $url => $this->keptUnderTestTrust( 'signing-cn-only.pem' ) ) );

		$response = $this->runFallback( $body, $this->testTrust() )['response'];

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'network', $response['certificate_source'] );
		$this->assertSame( 1, $this->fetchesOf( $url ) );
	}

	/** @return array<string, array{mixed}> */
	public function optionValuesThatAreNotCertificates(): array {
		return array(
			'not an array'     => array( 'garbage' ),
			'not a string'     => array( 'URL' => array( 'trust' => 'test-only trust', 'pem' => 1 ) ),
			'not PEM'          => array( 'URL' => array( 'trust' => 'test-only trust', 'pem' => 'not a certificate' ) ),
		);
	}

	/** @dataProvider optionValuesThatAreNotCertificates */
	public function testAnOptionThatHoldsNoCertificateIsIgnored( $value ): void {
		list( $body, $url ) = $this->bounceWithOwnCertificateUrl();
		$this->plantOption( is_array( $value ) && isset( $value['URL'] ) ? array( $url => $value['URL'] ) : $value );

		$response = $this->runFallback( $body, $this->testTrust() )['response'];

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'network', $response['certificate_source'] );
	}
}
