<?php
/**
 * Rule 1: the webhook key, compared before the body is even parsed.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class KeyCheckTest extends ExtensionTestCase {
	private function validBody(): string {
		return SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );
	}

	public function testMissingKeyIsInvalidKey(): void {
		$response = quillcrm_sns_handle( $this->validBody(), array( 'expected_key' => self::KEY, 'now' => SnsMessages::NOW ) );

		$this->assertDocumentedShape( $response );
		$this->assertRejected( 403, 'invalid_key', $response );
	}

	public function testNullKeyIsInvalidKey(): void {
		$this->assertRejected( 403, 'invalid_key', $this->handle( $this->validBody(), array( 'key' => null ) ) );
	}

	public function testEmptyKeyIsInvalidKey(): void {
		$this->assertRejected( 403, 'invalid_key', $this->handle( $this->validBody(), array( 'key' => '' ) ) );
	}

	public function testWrongKeyIsInvalidKey(): void {
		$this->assertRejected( 403, 'invalid_key', $this->handle( $this->validBody(), array( 'key' => 'wh-key-Zq8v3N1pL0xR7tY3' ) ) );
	}

	public function testKeyThatIsAPrefixOfTheExpectedKeyIsInvalidKey(): void {
		$this->assertRejected( 403, 'invalid_key', $this->handle( $this->validBody(), array( 'key' => substr( self::KEY, 0, -1 ) ) ) );
	}

	public function testKeyInAnotherCaseIsInvalidKey(): void {
		$this->assertRejected( 403, 'invalid_key', $this->handle( $this->validBody(), array( 'key' => strtoupper( self::KEY ) ) ) );
	}

	public function testEmptyExpectedKeyRejectsAnEmptyKey(): void {
		$this->assertRejected( 403, 'invalid_key', $this->handle( $this->validBody(), array( 'key' => '', 'expected_key' => '' ) ) );
	}

	public function testEmptyExpectedKeyRejectsAMissingKey(): void {
		$response = quillcrm_sns_handle( $this->validBody(), array( 'expected_key' => '', 'now' => SnsMessages::NOW ) );

		$this->assertRejected( 403, 'invalid_key', $response );
	}

	public function testEmptyExpectedKeyRejectsAnyKey(): void {
		$this->assertRejected( 403, 'invalid_key', $this->handle( $this->validBody(), array( 'key' => self::KEY, 'expected_key' => '' ) ) );
	}

	public function testKeyIsComparedAsBytes(): void {
		$binary   = "k\0ey\xff";
		$accepted = $this->handle( $this->validBody(), array( 'key' => $binary, 'expected_key' => $binary ) );
		$rejected = $this->handle( $this->validBody(), array( 'key' => "k\0ey\xfe", 'expected_key' => $binary ) );

		$this->assertAccepted( 'bounce', $accepted );
		$this->assertRejected( 403, 'invalid_key', $rejected );
	}

	public function testKeyIsCheckedBeforeTheBodyIsParsed(): void {
		$response = $this->handle( 'this is not JSON', array( 'key' => 'wrong' ) );

		$this->assertRejected( 403, 'invalid_key', $response );
		$this->assertNull( $response['type'] );
		$this->assertNull( $response['message_id'] );
	}

	public function testKeyIsCheckedBeforeTheBodySize(): void {
		$this->assertRejected( 403, 'invalid_key', $this->handle( str_repeat( ' ', 513 * 1024 ), array( 'key' => 'wrong' ) ) );
	}

	public function testRightKeyReachesTheFollowingRules(): void {
		$this->assertRejected( 400, 'malformed_body', $this->handle( 'this is not JSON' ) );
	}
}
