<?php
/**
 * Rule 12, how the SES payload is read: what the extension reads is
 * checked as serde_json checks it, what it skips is checked for syntax
 * only. Run against the extension and the fallback alike, these pin the
 * differences the differential check (tests/differential) found in the
 * fallback's first JSON reader.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class SesPayloadReadingTest extends ExtensionTestCase {

	/** The hard bounce with $member added to the top-level object. */
	private function hardBounceWith( string $member ): string {
		return '{' . $member . ',' . substr( SesPayloads::hard_bounce(), 1 );
	}

	/** The hard bounce with the string value of its field $name replaced by $json. */
	private function hardBounceWithField( string $name, string $json ): string {
		$count   = 0;
		$message = preg_replace( '/"' . $name . '":"[^"]*"/', '"' . $name . '":' . addcslashes( $json, '\\$' ), SesPayloads::hard_bounce(), -1, $count );
		$this->assertSame( 1, $count, "the hard bounce has one {$name}" );
		return (string) $message;
	}

	private function classify( string $message ): array {
		return $this->handleEnvelope( SnsMessages::notification( $message ) );
	}

	public function testTheHardBounceTheseTestsChangeIsABounce(): void {
		$this->assertAccepted( 'bounce', $this->classify( SesPayloads::hard_bounce() ) );
	}

	public function testAFieldReplacedWithAnotherStringIsRead(): void {
		$response = $this->classify( $this->hardBounceWithField( 'feedbackId', '"another"' ) );

		$this->assertSame( 'another', $response['notification']['feedback_id'] );
	}

	public function testASkippedFieldWithALoneSurrogateEscapeIsAccepted(): void {
		$this->assertAccepted( 'bounce', $this->classify( $this->hardBounceWith( '"extra":"\\ud800"' ) ) );
	}

	public function testAReadFieldWithALoneSurrogateEscapeMakesTheMessageNotAnSesNotification(): void {
		$response = $this->classify( $this->hardBounceWithField( 'bounceSubType', '"\\ud800"' ) );

		$this->assertAccepted( 'ignored', $response );
		$this->assertNull( $response['notification'] );
	}

	public function testASkippedNumberOutOfRangeIsAccepted(): void {
		$this->assertAccepted( 'bounce', $this->classify( $this->hardBounceWith( '"extra":[1e400]' ) ) );
	}

	public function testANumberOutOfRangeWhereAFieldIsReadMakesTheMessageNotAnSesNotification(): void {
		$this->assertAccepted( 'ignored', $this->classify( $this->hardBounceWithField( 'feedbackId', '1e400' ) ) );
	}

	public function testSkippedNestingDeeperThanTheJsonDepthLimitIsAccepted(): void {
		$deep = str_repeat( '[', 300 ) . str_repeat( ']', 300 );

		$this->assertAccepted( 'bounce', $this->classify( $this->hardBounceWith( '"extra":' . $deep ) ) );
	}

	public function testAReadFieldOfAnotherJsonTypeReadsAsAbsent(): void {
		$response = $this->classify( $this->hardBounceWithField( 'feedbackId', '{"a":1}' ) );

		$this->assertAccepted( 'bounce', $response );
		$this->assertNull( $response['notification']['feedback_id'] );
	}

	public function testAReadFieldTwiceInAPartOfAnotherKindMakesTheMessageNotAnSesNotification(): void {
		$response = $this->classify( $this->hardBounceWith( '"complaint":{"feedbackId":"a","feedbackId":"b"}' ) );

		$this->assertAccepted( 'ignored', $response );
		$this->assertNull( $response['notification'] );
	}

	public function testASkippedFieldTwiceIsAccepted(): void {
		$this->assertAccepted( 'bounce', $this->classify( $this->hardBounceWith( '"extra":1,"extra":2' ) ) );
	}

	public function testAnObjectWhereTextIsReadHasItsKeysChecked(): void {
		$this->assertAccepted( 'ignored', $this->classify( $this->hardBounceWithField( 'feedbackId', '{"\\udc00":1}' ) ) );
	}

	public function testAnObjectWhereTextIsReadHasItsValuesCheckedForSyntaxOnly(): void {
		$this->assertAccepted( 'bounce', $this->classify( $this->hardBounceWithField( 'feedbackId', '{"a":"\\udc00"}' ) ) );
	}

	public function testRecipientsOfAnotherJsonTypeAreSkipped(): void {
		$message = str_replace( '"bouncedRecipients":[', '"bouncedRecipients":["x",7,null,[],', SesPayloads::hard_bounce() );

		$response = $this->classify( $message );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( array( 'jane.doe@example.com' ), array_column( $response['recipients'], 'email' ) );
	}

	public function testDataAfterThePayloadMakesTheMessageNotAnSesNotification(): void {
		$this->assertAccepted( 'ignored', $this->classify( SesPayloads::hard_bounce() . ' x' ) );
	}
}
