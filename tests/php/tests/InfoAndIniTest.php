<?php
/**
 * quillcrm_sns_info() and the system-level (PHP_INI_SYSTEM) directives.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class InfoAndIniTest extends ExtensionTestCase {
	private const DIRECTIVES = array( 'quillcrm_sns.cache_dir', 'quillcrm_sns.test_ca_file', 'quillcrm_sns.test_resolve', 'quillcrm_sns.test_imds_endpoint' );

	public function testInfoHasTheDocumentedShape(): void {
		$info = quillcrm_sns_info();

		$this->assertSame( array( 'version', 'implementation', 'test_trust', 'cache_dir', 'cache_dir_state', 'test_ca_file', 'test_resolve', 'test_imds_endpoint', 'cached_certificates', 'configuration_error', 'replay_window', 'max_future_skew', 'max_queued_age', 'max_queue_retention', 'max_body_bytes' ), array_keys( $info ) );
		$this->assertMatchesRegularExpression( '/^\d+\.\d+\.\d+/', $info['version'] );
		$this->assertIsInt( $info['cached_certificates'] );
		$this->assertGreaterThanOrEqual( 0, $info['cached_certificates'] );
	}

	public function testInfoStatesTheReplayWindowAndTheFutureSkew(): void {
		$info = quillcrm_sns_info();

		$this->assertSame( 3900, $info['replay_window'] );
		$this->assertSame( 300, $info['max_future_skew'] );
		$this->assertSame( 14 * 86400 + 3900, $info['max_queued_age'] );
		$this->assertSame( 14 * 86400, $info['max_queue_retention'] );
		$this->assertSame( 512 * 1024, $info['max_body_bytes'] );
	}

	public function testInfoSaysWhichImplementationAnswers(): void {
		$this->assertSame( getenv( 'QUILLCRM_IMPLEMENTATION' ) ?: 'extension', quillcrm_sns_info()['implementation'] );
	}

	/** @group extension-only */
	public function testInfoShowsTheDirectivesInEffect(): void {
		$info = quillcrm_sns_info();

		$this->assertTrue( $info['test_trust'] );
		$this->assertSame( ini_get( 'quillcrm_sns.cache_dir' ), $info['cache_dir'] );
		$this->assertSame( 'private', $info['cache_dir_state'], 'run.sh makes it 0700' );
		$this->assertSame( getenv( 'QUILLCRM_TEST_CA_FILE' ), $info['test_ca_file'] );
		$this->assertSame( getenv( 'QUILLCRM_TEST_RESOLVE' ), $info['test_resolve'] );
		$this->assertNull( $info['configuration_error'] );
	}

	/** @group extension-only */
	public function testInfoVersionIsTheCrateVersion(): void {
		preg_match( '/^version\s*=\s*"([^"]+)"/m', (string) file_get_contents( dirname( __DIR__, 3 ) . '/Cargo.toml' ), $m );

		$this->assertSame( $m[1] ?? 'no version in Cargo.toml', quillcrm_sns_info()['version'] );
		$this->assertSame( $m[1] ?? '', phpversion( 'quillcrm_sns' ) );
	}

	public function testInfoCountsCachedCertificates(): void {
		$before = quillcrm_sns_info()['cached_certificates'];
		$this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SigningCertURL' => SnsMessages::cert_url( 'us-east-1', SnsMessages::fresh_cert_id() ) ) ) );

		$this->assertSame( $before + 1, quillcrm_sns_info()['cached_certificates'] );
	}

	/** @return array<string,array{string}> */
	public function directives(): array {
		return array_combine( self::DIRECTIVES, array_map( static fn( string $d ): array => array( $d ), self::DIRECTIVES ) );
	}

	/**
	 * @dataProvider directives
	 *
	 * @group extension-only
	 */
	public function testDirectiveCannotBeChangedFromAScript( string $directive ): void {
		$before = ini_get( $directive );

		$this->assertFalse( ini_set( $directive, '/tmp/attacker-controlled' ) );
		$this->assertSame( $before, ini_get( $directive ) );
	}

	/**
	 * @dataProvider directives
	 *
	 * @group extension-only
	 */
	public function testDirectiveIsSystemLevel( string $directive ): void {
		$all = ini_get_all( 'quillcrm_sns' );

		$this->assertSame( INI_SYSTEM, $all[ $directive ]['access'] );
	}

	/** @group extension-only */
	public function testUnreadableTestCaFileFailsClosedAndRetryably(): void {
		// The rules still run; only the certificate fetch fails, retryably.
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SigningCertURL' => SnsMessages::cert_url( 'us-east-1', SnsMessages::fresh_cert_id() ) ) ) );
		$code = '$body = ' . var_export( $body, true ) . ';'
			. '$r = quillcrm_sns_handle($body, ["key" => "k", "expected_key" => "k", "now" => ' . SnsMessages::NOW . ']);'
			. '$w = quillcrm_sns_handle($body, ["key" => "x", "expected_key" => "k"]);'
			. 'echo json_encode([$r["status"], $r["error"], $r["test_trust"], $w["error"], quillcrm_sns_info()["configuration_error"] !== null]);';

		$run = PhpProcess::code(
			array( 'quillcrm_sns.test_ca_file' => '/nonexistent/test-ca.pem', 'quillcrm_sns.cache_dir' => sys_get_temp_dir() . '/quillcrm-no-cache-' . bin2hex( random_bytes( 6 ) ) ),
			$code
		);

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertSame( '[503,"cert_unavailable",true,"invalid_key",true]', $run['stdout'] );
	}

	/** @group extension-only */
	public function testWithoutTestDirectivesTestTrustIsFalse(): void {
		$code = 'echo json_encode([quillcrm_sns_handle("{}", ["expected_key" => "k"])["test_trust"], quillcrm_sns_info()["test_trust"]]);';

		$run = PhpProcess::code( array(), $code );

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertSame( '[false,false]', $run['stdout'] );
	}

	/** @group extension-only */
	public function testResolveDirectiveAloneTurnsTestTrustOn(): void {
		$code = 'echo json_encode(quillcrm_sns_info()["test_trust"]);';

		$run = PhpProcess::code( array( 'quillcrm_sns.test_resolve' => 'sns.us-east-1.amazonaws.com:443:127.0.0.1:9' ), $code );

		$this->assertSame( 'true', $run['stdout'], $run['stderr'] );
	}
}
