<?php
/**
 * Rule 8: the replay window (max_age, default 3900 s; at most 300 s ahead).
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class ReplayWindowTest extends ExtensionTestCase {
	/** @param array<string,mixed> $request @return array<string,mixed> */
	private function bounceAt( int $now, array $request = array() ): array {
		return $this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce() ), array( 'now' => $now ) + $request );
	}

	public function testMessageOlderThanTheDefaultWindowIsStale(): void {
		$response = $this->bounceAt( SnsMessages::NOW + 3901 );

		$this->assertRejected( 403, 'stale_message', $response );
		$this->assertStringContainsString( '3901 s old', $response['detail'] );
	}

	public function testMessageAtTheEdgeOfTheDefaultWindowIsAccepted(): void {
		$this->assertAccepted( 'bounce', $this->bounceAt( SnsMessages::NOW + 3900 ) );
	}

	public function testMessageFromMoreThan300SecondsInTheFutureIsStale(): void {
		$response = $this->bounceAt( SnsMessages::NOW - 301 );

		$this->assertRejected( 403, 'stale_message', $response );
		$this->assertStringContainsString( '301 s in the future', $response['detail'] );
	}

	public function testMessage300SecondsInTheFutureIsAccepted(): void {
		$this->assertAccepted( 'bounce', $this->bounceAt( SnsMessages::NOW - 300 ) );
	}

	public function testMaxAgeNarrowsTheWindow(): void {
		$this->assertRejected( 403, 'stale_message', $this->bounceAt( SnsMessages::NOW + 61, array( 'max_age' => 60 ) ) );
		$this->assertAccepted( 'bounce', $this->bounceAt( SnsMessages::NOW + 60, array( 'max_age' => 60 ) ) );
	}

	public function testMaxAgeZeroAcceptsOnlyTheCurrentSecond(): void {
		$this->assertAccepted( 'bounce', $this->bounceAt( SnsMessages::NOW, array( 'max_age' => 0 ) ) );
		$this->assertRejected( 403, 'stale_message', $this->bounceAt( SnsMessages::NOW + 1, array( 'max_age' => 0 ) ) );
	}

	public function testNullMaxAgeIsTheDefault(): void {
		$this->assertAccepted( 'bounce', $this->bounceAt( SnsMessages::NOW + 3900, array( 'max_age' => null ) ) );
		$this->assertRejected( 403, 'stale_message', $this->bounceAt( SnsMessages::NOW + 3901, array( 'max_age' => null ) ) );
	}

	public function testNullNowIsTheSystemClock(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'Timestamp' => SnsMessages::timestamp( time() ) ) );
		$old      = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'Timestamp' => SnsMessages::timestamp( time() - 7200 ) ) );

		$this->assertAccepted( 'bounce', $this->handleEnvelope( $envelope, array( 'now' => null ) ) );
		$this->assertRejected( 403, 'stale_message', $this->handleEnvelope( $old, array( 'now' => null ) ) );
	}

	public function testReplayWindowIsCheckedOnlyAfterTheSignature(): void {
		$envelope            = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope['Message'] = SesPayloads::delivery();

		$this->assertRejected( 403, 'invalid_signature', $this->handleEnvelope( $envelope, array( 'now' => SnsMessages::NOW + 86400 ) ) );
	}
}
