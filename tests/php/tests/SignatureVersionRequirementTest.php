<?php
/**
 * `min_signature_version`: a site that requires SignatureVersion 2 refuses a
 * genuine version-1 message, after its signature verified.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class SignatureVersionRequirementTest extends ExtensionTestCase {
	public function testAGenuineVersion1MessageIsRefusedWhenVersion2IsRequired(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce() ), array( 'min_signature_version' => 2 ) );

		$this->assertRejected( 403, 'signature_version_not_allowed', $response );
		$this->assertSame( 1, $response['signature_version'] );
		$this->assertSame( SnsMessages::TOPIC, $response['topic_arn'] );
	}

	public function testAVersion2MessageIsAcceptedWhenVersion2IsRequired(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SignatureVersion' => '2' ) );

		$response = $this->handleEnvelope( $envelope, array( 'min_signature_version' => 2 ) );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 2, $response['signature_version'] );
	}

	public function testVersion1IsAcceptedByDefault(): void {
		$this->assertAccepted( 'bounce', $this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce() ) ) );
	}

	public function testARequirementOtherThan1Or2IsAValueError(): void {
		$this->expectException( \ValueError::class );
		$this->expectExceptionMessage( 'quillcrm_sns_handle(): Argument #2 ($request) key "min_signature_version" must be 1 or 2' );
		quillcrm_sns_handle( '{}', array( 'expected_key' => self::KEY, 'min_signature_version' => 3 ) );
	}

	public function testARequirementThatIsNotAnIntIsATypeError(): void {
		$this->expectException( \TypeError::class );
		quillcrm_sns_handle( '{}', array( 'expected_key' => self::KEY, 'min_signature_version' => '2' ) );
	}
}
